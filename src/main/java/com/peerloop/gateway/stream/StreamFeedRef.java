package com.peerloop.gateway.stream;

/**
 * A feed to follow or to add members to, and the user it is created for if Stream does not have it yet.
 *
 * @param group       the feed group, e.g. {@code course}
 * @param id          the feed id, e.g. a course id
 * @param ownerId     the user the feed is created for (Stream lets its creator read it); may be null
 * @param membersOnly whether a newly created feed is readable by its members only
 */
public record StreamFeedRef(String group, String id, String ownerId, boolean membersOnly) {

    /** {@code group:id}. */
    public String fid() {
        return group + ":" + id;
    }
}
