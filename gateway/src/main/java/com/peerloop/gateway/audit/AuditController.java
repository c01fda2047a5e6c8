package com.peerloop.gateway.audit;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.web.Problems;
import com.peerloop.gateway.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/admin/audit}: the audit log, newest first. Reading it is itself audited. */
@RestController
class AuditController {

    static final String ACTION = "audit.read";

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/admin/audit")
    AuditPage page(
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) @Size(max = 64) String before,
            @AuthenticationPrincipal PeerLoopUser admin,
            HttpServletRequest request) {
        long beforeId = before == null
                ? Long.MAX_VALUE
                : AuditCursor.decode(before)
                        .orElseThrow(() -> Problems.validation("before", "is not a cursor from this endpoint"));
        List<AuditEntryView> entries = audit.page(limit + 1, beforeId);
        audit.record(new AuditEntry(admin.id(), ACTION, null, null, RequestIds.of(request)));
        if (entries.size() <= limit) {
            return new AuditPage(entries, null);
        }
        List<AuditEntryView> shown = entries.subList(0, limit);
        return new AuditPage(
                List.copyOf(shown), AuditCursor.encode(shown.get(limit - 1).id()));
    }
}
