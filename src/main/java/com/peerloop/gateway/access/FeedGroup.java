package com.peerloop.gateway.access;

import java.util.Locale;
import java.util.Optional;

/** The feed groups of the contract. */
public enum FeedGroup {
    TOWNHALL, COURSE, INSTRUCTOR, USER, NOTIFICATION, TIMELINE;

    /** The group's id in Stream and in paths, e.g. {@code course}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
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
