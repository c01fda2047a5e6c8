package com.peerloop.gateway.safety;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.ids.Feed;
import java.util.List;
import java.util.Optional;

/**
 * The activities and comments reports point at, as the module that serves them sees them: found only when the
 * caller may read them, and removed by the same rule and code path as any deletion.
 */
public interface ReportableContent {

    /** What kind of item a report is about. */
    enum Kind {
        ACTIVITY,
        COMMENT;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A reportable item. {@code feeds} are the feeds of the activity it is (or belongs to); {@code authorId}
     * may be null when Stream did not say.
     */
    record Item(Kind kind, String id, String activityId, String authorId, List<Feed> feeds) {}

    /** The activity, if the caller may read it. */
    Optional<Item> activity(PeerLoopUser caller, String activityId);

    /** The comment, if the caller may read its activity. */
    Optional<Item> comment(PeerLoopUser caller, String commentId);

    /**
     * Deletes the item as the caller, who must be allowed to remove it (403 {@code not_owner} otherwise);
     * false when it no longer exists.
     */
    boolean remove(PeerLoopUser caller, Kind kind, String id);
}
