package com.peerloop.gateway.stream;

import com.peerloop.gateway.ids.Feed;
import java.util.List;
import java.util.Optional;

/**
 * Stream's follows and feed members, as the gateway keeps them in step with PeerLoop's records. Every
 * write is idempotent: following twice, adding a member twice, or removing a follow or member that does
 * not exist all succeed. Missing feeds are created on the way, by their owner or the gateway's system user
 * ({@link Feed#owner()}), members-only in a {@link com.peerloop.gateway.ids.FeedGroup#membersOnly()}
 * group. Failures are {@link StreamFailure}s.
 */
public interface StreamMemberships {

    /** A member of a feed: students and purchasers (Stream's default role, docs: feed members). */
    String MEMBER = "feed_member";
    /** A member who moderates the feed: its creator and teachers (docs: feed members). */
    String MODERATOR = "feed_moderator";

    /** {@code source} (e.g. {@code timeline:u1}) follows {@code target} (e.g. {@code course:c1}). */
    void follow(Feed source, Feed target);

    void unfollow(Feed source, Feed target);

    /** Adds the user to the feed's members with this role ({@link #MEMBER} or {@link #MODERATOR}), or updates it. */
    void addMember(Feed feed, String userId, String role);

    void removeMember(Feed feed, String userId);

    /** The feeds that {@code source} follows, all pages; a feed of a group the gateway does not know is left out. */
    List<Feed> following(Feed source);

    /** The user's role among the feed's members; empty when they are not a member or there is no such feed. */
    Optional<String> memberRole(Feed feed, String userId);

    /**
     * Gets or creates a members-only feed and answers its visibility when Stream holds it with another
     * (also logged and counted); empty when it is members-only. SDK 4.1.1 cannot change it.
     */
    Optional<String> visibilityMismatch(Feed feed);
}
