package com.peerloop.gateway.webhook;

import com.peerloop.gateway.audit.AuditEntry;
import com.peerloop.gateway.audit.AuditTrail;
import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.web.Problems;
import com.peerloop.gateway.web.RequestIds;
import com.peerloop.gateway.webhook.WebhookEventLog.WebhookEventPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/webhook-events}: the stored Stream webhook events, newest first, with the state of
 * their effects ({@code state=failed} lists the parked ones). Audited.
 */
@RestController
class WebhookEventsController {

    static final String ACTION = "webhook_events.read";

    private final WebhookEventLog events;
    private final AuditTrail audit;

    WebhookEventsController(WebhookEventLog events, AuditTrail audit) {
        this.events = events;
        this.audit = audit;
    }

    @GetMapping("/api/admin/webhook-events")
    WebhookEventPage list(
            @RequestParam(required = false)
                    @Pattern(
                            regexp = WebhookEventLog.TYPE_REGEX,
                            message = "must be a Stream event type such as feeds.activity.deleted")
                    String type,
            @RequestParam(required = false)
                    @Pattern(regexp = WebhookEventLog.STATE_REGEX, message = "must be pending, done or failed")
                    String state,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) @Size(max = 64) String before,
            @AuthenticationPrincipal PeerLoopUser admin,
            HttpServletRequest request) {
        WebhookEventPage page = events.page(type, state, before, limit)
                .orElseThrow(() -> Problems.validation("before", "is not a cursor from this endpoint"));
        audit.record(new AuditEntry(
                admin.id(), ACTION, type == null ? null : "webhook_events:" + type, null, RequestIds.of(request)));
        return page;
    }
}
