package com.peerloop.gateway.stream;

import com.peerloop.gateway.access.FeedGroup;

/** Stream's feed groups: created or brought to the wanted settings. */
public interface StreamFeedGroups {

    /** What {@link #ensure} did. */
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    /**
     * Creates the group, or updates it when one of the spec's settings differs. Idempotent. Failures are the
     * contract's problems (503 {@code upstream_unavailable}, 429 {@code rate_limited}).
     */
    Outcome ensure(FeedGroupSpec spec);

    /** {@link #ensure(FeedGroupSpec)} for a group of feeds showing their own activities. */
    default Outcome ensure(FeedGroup group, String defaultVisibility) {
        return ensure(FeedGroupSpec.ownActivities(group, defaultVisibility));
    }
}
