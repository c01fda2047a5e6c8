package com.peerloop.gateway.access;

import java.util.Optional;

import com.peerloop.gateway.web.Identifiers;

/** One feed, e.g. {@code course:c1}. */
public record Feed(FeedGroup group, String id) {

    /** The only feed of the town hall group. */
    public static final String TOWNHALL_ID = "main";

    /** {@code group:id}, as Stream and request bodies write it. */
    public String fid() {
        return group.id() + ":" + id;
    }

    /** Parses a {@code group:id} reference; empty when the group is unknown or the id is not valid. */
    public static Optional<Feed> parse(String fid) {
        if (fid == null) {
            return Optional.empty();
        }
        int colon = fid.indexOf(':');
        if (colon < 0 || !Identifiers.isValid(fid.substring(colon + 1))) {
            return Optional.empty();
        }
        return FeedGroup.parse(fid.substring(0, colon)).map(g -> new Feed(g, fid.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return fid();
    }
}
