package com.peerloop.gateway.stream;

/**
 * A feed to follow or to add members to. If Stream does not have it yet it is created by the user
 * {@link SdkFeedStore#creatorOf} names — never by a person whose access can end, since Stream lets a
 * feed's creator read it whatever its members.
 *
 * @param group       the feed group, e.g. {@code course}
 * @param id          the feed id, e.g. a course id
 * @param membersOnly whether a newly created feed is readable by its members only
 */
public record StreamFeedRef(String group, String id, boolean membersOnly) {

    /** {@code group:id}. */
    public String fid() {
        return group + ":" + id;
    }
}
