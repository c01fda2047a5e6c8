package com.peerloop.gateway.notification;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.notification.NotificationViews.NotificationsPage;
import com.peerloop.gateway.stream.NotificationModels.Marks;
import com.peerloop.gateway.stream.NotificationModels.NotificationStatus;
import com.peerloop.gateway.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/notifications}: the caller's grouped notifications, the badge, and read/seen marks. */
@RestController
class NotificationController {

    private static final String CURSOR = "^[A-Za-z0-9_\\-=.:+/]*$";

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/notifications")
    NotificationsPage page(
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) @Size(max = 1024) @Pattern(regexp = CURSOR) String next,
            @AuthenticationPrincipal PeerLoopUser user) {
        var page = notifications.page(user.id(), limit, next);
        return new NotificationsPage(
                page.groups(), page.status().unread(), page.status().unseen(), page.next());
    }

    @GetMapping("/api/notifications/status")
    NotificationStatus status(@AuthenticationPrincipal PeerLoopUser user) {
        return notifications.status(user.id());
    }

    @PostMapping("/api/notifications/read")
    NotificationStatus read(
            @Valid @RequestBody NotificationViews.Marks body, @AuthenticationPrincipal PeerLoopUser user) {
        return notifications.markRead(user.id(), marks(body));
    }

    @PostMapping("/api/notifications/seen")
    NotificationStatus seen(
            @Valid @RequestBody NotificationViews.Marks body, @AuthenticationPrincipal PeerLoopUser user) {
        return notifications.markSeen(user.id(), marks(body));
    }

    /** Exactly one of {@code ids} and {@code "all": true}. */
    private static Marks marks(NotificationViews.Marks body) {
        boolean all = Boolean.TRUE.equals(body.all());
        if (body.all() != null && !all) {
            throw Problems.validation("all", "must be true when given");
        }
        if (all == (body.ids() != null)) {
            throw Problems.validation("ids", "give either ids or \"all\": true, not both or neither");
        }
        return new Marks(all ? List.of() : body.ids(), all);
    }
}
