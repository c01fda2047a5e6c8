package com.peerloop.gateway.ids;

import java.util.Locale;
import java.util.Optional;

/**
 * The feed groups of the contract, and what the gateway decides from a feed's group alone: whether its
 * feeds are for their members only, whether a feed belongs to the user its id names, and whether what is
 * written there passes content moderation.
 */
public enum FeedGroup {
    TOWNHALL(false, false),
    COURSE(true, false),
    INSTRUCTOR(true, true),
    USER(false, true),
    NOTIFICATION(false, true),
    TIMELINE(false, true);

    private final boolean membersOnly;
    private final boolean owned;

    FeedGroup(boolean membersOnly, boolean owned) {
        this.membersOnly = membersOnly;
        this.owned = owned;
    }

    /** The group's id in Stream and in paths, e.g. {@code course}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether its feeds are readable by their members only (at Stream: visibility {@code members}). */
    public boolean membersOnly() {
        return membersOnly;
    }

    /** Whether a feed of the group belongs to the user its id names (e.g. {@code instructor:{creator}}). */
    public boolean owned() {
        return owned;
    }

    public static Optional<FeedGroup> parse(String id) {
        for (FeedGroup group : values()) {
            if (group.id().equals(id)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }
}
