package com.peerloop.gateway.notification;

import com.peerloop.gateway.stream.NotificationModels.NotificationGroup;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request and response bodies of the notification endpoints. */
final class NotificationViews {

    private NotificationViews() {}

    /** A group id as Stream names groups of the notification feed (type and day, e.g. {@code reaction-2026-12-07}). */
    static final String GROUP_ID = "^[A-Za-z0-9_:.\\-]{1,128}$";

    /** The caller's groups, newest first, with the badge counts over all of them. */
    record NotificationsPage(List<NotificationGroup> groups, int unread, int unseen, String next) {}

    /** {@code {"ids": [...]}} or {@code {"all": true}}, exactly one of them. */
    record Marks(
            @Size(min = 1, max = 100, message = "must name 1-100 groups")
            List<@NotNull @Pattern(regexp = GROUP_ID, message = "must be a notification group id") String> ids,

            Boolean all) {}
}
