package com.peerloop.gateway.ids;

import java.util.Optional;

/** One feed, e.g. {@code course:c1}: the one way a feed is named between the gateway's modules. */
public record Feed(FeedGroup group, String id) {

    /** The only feed of the town hall group. */
    public static final String TOWNHALL_ID = "main";

    /** {@code group:id}, as Stream and request bodies write it. */
    public String fid() {
        return group.id() + ":" + id;
    }

    /**
     * The user the feed belongs to, who is also the one to create it at Stream; empty for a shared feed
     * (town hall, course), which no person may create: Stream lets a feed's creator read it whatever its
     * members, and a person's access to a shared feed can end.
     */
    public Optional<String> owner() {
        return group.owned() ? Optional.of(id) : Optional.empty();
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

    /** {@link #parse}, for a reference the gateway or Stream wrote; throws when it is not one. */
    public static Feed of(String fid) {
        return parse(fid).orElseThrow(() -> new IllegalArgumentException("not a feed reference: " + fid));
    }

    @Override
    public String toString() {
        return fid();
    }
}
