package com.peerloop.gateway.stream;

import com.peerloop.gateway.ids.FeedGroup;

/** Stream's feed groups: created or brought to the wanted settings. */
public interface StreamFeedGroups {

    /** What {@link #ensure} did. */
    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /**
     * Creates the group, or updates it when one of the spec's settings differs. Idempotent. Failures are
     * {@link StreamFailure}s.
     */
    Outcome ensure(FeedGroupSpec spec);

    /** {@link #ensure(FeedGroupSpec)} for a group of feeds showing their own activities. */
    default Outcome ensure(FeedGroup group, String defaultVisibility) {
        return ensure(FeedGroupSpec.ownActivities(group, defaultVisibility));
    }
}
