package com.peerloop.gateway.feed;

import com.peerloop.gateway.access.AccessPolicy;
import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedStore;
import com.peerloop.gateway.stream.StreamFailure;
import com.peerloop.gateway.stream.StreamUserProfile;
import com.peerloop.gateway.stream.StreamUsers;
import com.peerloop.gateway.web.ApiProblemException;
import com.peerloop.gateway.web.Problems;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Pins: a feed's moderators ({@link AccessPolicy#requireModerate}) pin up to {@value #MAX_PINS} of the feed's
 * own activities. Both directions are idempotent: the feed's current pins are read from Stream first, so a pin
 * already there (or a pin already gone) is not sent again.
 */
@Service
class PinService {

    static final int MAX_PINS = 5;
    private static final Logger log = LoggerFactory.getLogger(PinService.class);

    private final AccessPolicy policy;
    private final FeedStore store;
    private final StreamUsers users;

    PinService(AccessPolicy policy, FeedStore store, StreamUsers users) {
        this.policy = policy;
        this.store = store;
        this.users = users;
    }

    void pin(PeerLoopUser user, Feed feed, String activityId) {
        requirePinnable(feed);
        policy.requireModerate(user, feed);
        Activity activity = activityOf(feed, activityId);
        List<Activity> pinned = store.pinned(feed);
        if (pinned.stream().anyMatch(p -> p.id().equals(activityId))) {
            return;
        }
        if (pinned.size() >= MAX_PINS) {
            throw new ApiProblemException(
                    HttpStatus.CONFLICT,
                    "conflict",
                    "Conflict",
                    "A feed has at most " + MAX_PINS + " pinned activities; unpin one first.");
        }
        users.ensure(new StreamUserProfile(user.id(), user.name(), user.picture()));
        store.pin(feed, activity, user.id());
        log.info("activity pinned: id={} feed={} by={}", activityId, feed.fid(), user.id());
    }

    void unpin(PeerLoopUser user, Feed feed, String activityId) {
        requirePinnable(feed);
        policy.requireModerate(user, feed);
        // the activity is checked first: reading the pins is a get-or-create of the feed
        activityOf(feed, activityId);
        if (store.pinned(feed).stream().noneMatch(p -> p.id().equals(activityId))) {
            return;
        }
        try {
            store.unpin(feed, activityId, user.id());
        } catch (StreamFailure e) {
            // unpinned by someone else since the pins were read
            if (e.kind() != StreamFailure.Kind.NOT_FOUND) {
                throw e;
            }
        }
        log.info("activity unpinned: id={} feed={} by={}", activityId, feed.fid(), user.id());
    }

    /** Pins belong to feeds that hold activities of their own; a timeline or notification feed has none. */
    private static void requirePinnable(Feed feed) {
        if (feed.group() == FeedGroup.TIMELINE || feed.group() == FeedGroup.NOTIFICATION) {
            throw Problems.notFound("No pins in " + feed.group().id() + " feeds.");
        }
    }

    /** The activity, when it is one of the feed's own; 404 otherwise. */
    private Activity activityOf(Feed feed, String activityId) {
        return store.find(activityId)
                .filter(activity -> activity.feeds().contains(feed.fid()))
                .orElseThrow(() -> Problems.notFound("No such activity in this feed."));
    }
}
