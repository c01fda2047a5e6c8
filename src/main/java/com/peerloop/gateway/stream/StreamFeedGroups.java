package com.peerloop.gateway.stream;

/** Stream's feed groups: created or brought to the wanted settings. */
public interface StreamFeedGroups {

    /** What {@link #ensure} did. */
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    /**
     * Creates the group, or updates it when its default visibility differs. Idempotent. Failures are the
     * contract's problems (503 {@code upstream_unavailable}, 429 {@code rate_limited}).
     *
     * @param id                the group id, e.g. {@code course}
     * @param defaultVisibility e.g. {@code members} or {@code visible}
     */
    Outcome ensure(String id, String defaultVisibility);
}
