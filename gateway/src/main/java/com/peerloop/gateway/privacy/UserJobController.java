package com.peerloop.gateway.privacy;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.web.Identifier;
import com.peerloop.gateway.web.RequestIds;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Erasure and export of a user's data (role {@code admin}, enforced by the API filter chain). */
@RestController
class UserJobController {

    /** Why, for the audit log. */
    record JobRequest(@NotBlank @Size(min = 1, max = 500) String reason) {}

    private final UserJobService service;

    UserJobController(UserJobService service) {
        this.service = service;
    }

    @Operation(
            summary = "Erase a user's data",
            description = "202 with the erasure job and its Location. A second request while one is open answers"
                    + " the open job; one after it is done starts a new job that finds nothing left to erase.")
    @PostMapping("/api/admin/users/{userId}/erase")
    ResponseEntity<JobView.Response> erase(
            @PathVariable @Identifier String userId,
            @Valid @RequestBody JobRequest body,
            @AuthenticationPrincipal PeerLoopUser admin,
            HttpServletRequest request) {
        return accepted(service.erase(userId, body.reason(), admin.id(), RequestIds.of(request)));
    }

    @Operation(
            summary = "Export a user's data",
            description = "202 with the export job and its Location; the document is at"
                    + " /api/admin/jobs/{jobId}/document once the job is done.")
    @PostMapping("/api/admin/users/{userId}/export")
    ResponseEntity<JobView.Response> export(
            @PathVariable @Identifier String userId,
            @Valid @RequestBody JobRequest body,
            @AuthenticationPrincipal PeerLoopUser admin,
            HttpServletRequest request) {
        return accepted(service.export(userId, body.reason(), admin.id(), RequestIds.of(request)));
    }

    @Operation(summary = "An erasure or export job")
    @GetMapping("/api/admin/jobs/{jobId}")
    JobView.Response job(
            @PathVariable @Identifier String jobId,
            @AuthenticationPrincipal PeerLoopUser admin,
            HttpServletRequest request) {
        return new JobView.Response(JobView.of(service.job(jobId, admin.id(), RequestIds.of(request))));
    }

    @Operation(
            summary = "A finished export's document",
            description = "One JSON document, handed out once: 409 before the job is done, 404 for an erasure job,"
                    + " an unknown job, or a document already downloaded or expired.")
    @GetMapping("/api/admin/jobs/{jobId}/document")
    ResponseEntity<String> document(
            @PathVariable @Identifier String jobId,
            @AuthenticationPrincipal PeerLoopUser admin,
            HttpServletRequest request) {
        String document = service.document(jobId, admin.id(), RequestIds.of(request));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("export-" + jobId + ".json")
                                .build()
                                .toString())
                .body(document);
    }

    private static ResponseEntity<JobView.Response> accepted(UserJob job) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/admin/jobs/" + job.id()))
                .body(new JobView.Response(JobView.of(job)));
    }
}
