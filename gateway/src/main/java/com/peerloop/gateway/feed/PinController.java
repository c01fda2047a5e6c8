package com.peerloop.gateway.feed;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.web.Identifier;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/feeds/{group}/{id}/pins/{activityId}}: pin and unpin an activity of the feed. */
@RestController
class PinController {

    private final PinService pins;

    PinController(PinService pins) {
        this.pins = pins;
    }

    @PutMapping("/api/feeds/{group}/{id}/pins/{activityId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void pin(
            @PathVariable String group,
            @PathVariable @Identifier String id,
            @PathVariable @Identifier String activityId,
            @AuthenticationPrincipal PeerLoopUser user) {
        pins.pin(user, FeedController.feed(group, id), activityId);
    }

    @DeleteMapping("/api/feeds/{group}/{id}/pins/{activityId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unpin(
            @PathVariable String group,
            @PathVariable @Identifier String id,
            @PathVariable @Identifier String activityId,
            @AuthenticationPrincipal PeerLoopUser user) {
        pins.unpin(user, FeedController.feed(group, id), activityId);
    }
}
