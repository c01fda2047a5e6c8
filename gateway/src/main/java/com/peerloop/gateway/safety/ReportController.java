package com.peerloop.gateway.safety;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.safety.ReportableContent.Kind;
import com.peerloop.gateway.web.Identifier;
import com.peerloop.gateway.web.Problems;
import com.peerloop.gateway.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports of activities and comments, each feed's review queue, and resolving a report. */
@RestController
class ReportController {

    record ReportEnvelope(ReportView report) {}

    record ReportPage(List<ReportView> reports, String next) {}

    private static final String UUID_PATTERN =
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    /** 201 with the new report; 200 with the earlier one when the caller already reported this activity. */
    @PostMapping("/api/activities/{activityId}/reports")
    ResponseEntity<ReportEnvelope> reportActivity(
            @PathVariable @Identifier String activityId,
            @Valid @RequestBody ReportRequests.NewReport body,
            @AuthenticationPrincipal PeerLoopUser user) {
        return answer(reports.report(user, Kind.ACTIVITY, activityId, body));
    }

    /** 201 with the new report; 200 with the earlier one when the caller already reported this comment. */
    @PostMapping("/api/comments/{commentId}/reports")
    ResponseEntity<ReportEnvelope> reportComment(
            @PathVariable @Identifier String commentId,
            @Valid @RequestBody ReportRequests.NewReport body,
            @AuthenticationPrincipal PeerLoopUser user) {
        return answer(reports.report(user, Kind.COMMENT, commentId, body));
    }

    /** The feed's reports, newest first: its moderators only. */
    @GetMapping("/api/feeds/{group}/{id}/reports")
    ReportPage queue(
            @PathVariable String group,
            @PathVariable @Identifier String id,
            @RequestParam(defaultValue = "open")
                    @Pattern(
                            regexp = "^(open|dismissed|removed|all)$",
                            message = "must be open, dismissed, removed or all")
                    String state,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) @Size(max = 1024) @Pattern(regexp = "^[A-Za-z0-9_\\-=.:+/]*$") String next,
            @AuthenticationPrincipal PeerLoopUser user) {
        Feed feed = FeedGroup.parse(group)
                .map(g -> new Feed(g, id))
                .orElseThrow(() -> Problems.notFound("No feed group " + group + "."));
        var page = reports.queue(user, feed, "all".equals(state) ? null : state, limit, next);
        return new ReportPage(page.reports().stream().map(ReportView::of).toList(), page.next());
    }

    /** Dismisses the report, or removes what it reports; either closes every open report of that item. */
    @PostMapping("/api/reports/{reportId}/resolution")
    ReportEnvelope resolve(
            @PathVariable @Pattern(regexp = UUID_PATTERN, message = "must be a report id") String reportId,
            @Valid @RequestBody ReportRequests.Resolution body,
            @AuthenticationPrincipal PeerLoopUser user,
            HttpServletRequest request) {
        return new ReportEnvelope(
                ReportView.of(reports.resolve(user, UUID.fromString(reportId), body.action(), RequestIds.of(request))));
    }

    private static ResponseEntity<ReportEnvelope> answer(ReportService.Filed filed) {
        return ResponseEntity.status(filed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new ReportEnvelope(ReportView.of(filed.report())));
    }
}
