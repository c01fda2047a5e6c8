package com.peerloop.fakestream;

import java.util.Optional;

/**
 * Read access for user tokens, by the feed's visibility [vis] (reference §8.2): {@code visible} and {@code public}
 * anyone; {@code followers} approved followers only; {@code members} members only; {@code private} the owner only.
 * Server tokens read everything. The owner is the feed's {@code created_by}.
 */
final class Visibility {

    static final String VISIBLE = "visible";
    static final String PUBLIC = "public";
    static final String FOLLOWERS = "followers";
    static final String MEMBERS = "members";
    static final String PRIVATE = "private";

    private Visibility() {}

    /** The feed's effective visibility: its own, else its group's {@code default_visibility}. */
    static String of(FakeStreamState state, StoredFeed feed) {
        if (feed.visibility() != null) {
            return feed.visibility();
        }
        return state.feedGroups()
                .get(feed.group())
                .map(StoredFeedGroup::defaultVisibility)
                .orElse(VISIBLE);
    }

    /** Whether {@code userId} ({@code null} = the server) may read the feed; a missing feed is readable by no user. */
    static boolean canRead(FakeStreamState state, String fid, String userId) {
        if (userId == null) {
            return true;
        }
        Optional<StoredFeed> feed = state.feeds().get(fid);
        return feed.isPresent() && canRead(state, feed.get(), userId);
    }

    static boolean canRead(FakeStreamState state, StoredFeed feed, String userId) {
        if (userId == null) {
            return true;
        }
        String level = of(state, feed);
        // [vis] names no exception for the owner at "followers" and "members"; the fake lets the owner read
        // (unverified): the reading under which a gateway must keep former owners out of created_by. The gateway
        // also makes owners members, so it works under the other reading too.
        boolean owner = userId.equals(feed.createdBy());
        return switch (level) {
            case VISIBLE, PUBLIC -> true;
            case FOLLOWERS -> owner || approvedFollower(state, feed.fid(), userId);
            case MEMBERS -> owner || activeMember(state, feed.fid(), userId);
            case PRIVATE -> owner;
            // an unknown level grants nothing (stricter reading, unverified)
            default -> false;
        };
    }

    /**
     * [vis]: "only approved followers": a follow of the feed with status {@code accepted} [spec FollowResponse.status]
     * whose source feed the user owns (created_by; a source feed without an owner makes no one a follower, unverified).
     */
    private static boolean approvedFollower(FakeStreamState state, String fid, String userId) {
        return state.follows().followers(fid).stream()
                .filter(follow -> "accepted".equals(follow.status()))
                .anyMatch(follow -> state.feeds()
                        .get(follow.source())
                        .map(source -> userId.equals(source.createdBy()))
                        .orElse(false));
    }

    /** [vis]: "only members": status {@code member}, not a pending or rejected invite [spec FeedMemberResponse.status]. */
    private static boolean activeMember(FakeStreamState state, String fid, String userId) {
        return state.feeds()
                .member(fid, userId)
                .filter(member -> "member".equals(member.status()))
                .isPresent();
    }

    /**
     * Whether the user may read the activity: it must be in a feed they may read, and a {@code private} activity
     * only by that feed's owner [vis: "private: only feed owner can see it"]; {@code tag} is treated the same way
     * (unverified, stricter reading).
     */
    static boolean canReadActivity(FakeStreamState state, StoredActivity activity, String userId) {
        if (userId == null) {
            return true;
        }
        boolean ownerOnly = "private".equals(activity.visibility()) || "tag".equals(activity.visibility());
        return activity.feeds().stream()
                .map(state.feeds()::get)
                .flatMap(Optional::stream)
                .anyMatch(feed -> ownerOnly ? userId.equals(feed.createdBy()) : canRead(state, feed, userId));
    }

    /**
     * A user token's get-or-create: it acts as its own user only ({@code user_id} naming someone else is refused),
     * and it may create a missing feed only when the feed's id is its user id (the docs' client examples create
     * the caller's own {@code user:jack}). Both unverified, stricter readings: a client must not make itself the
     * owner of a gated feed before the server creates it.
     */
    static void requireClientGetOrCreate(String userId, String feedId, String bodyUserId, boolean creates) {
        if (bodyUserId != null && !bodyUserId.equals(userId)) {
            throw StreamError.forbidden("user " + userId + " may not act as user " + bodyUserId);
        }
        if (creates && !feedId.equals(userId)) {
            throw StreamError.forbidden("user " + userId + " may not create feed " + feedId);
        }
    }

    static void requireRead(FakeStreamState state, String fid, String userId) {
        if (!canRead(state, fid, userId)) {
            throw StreamError.forbidden("user " + userId + " is not allowed to read feed " + fid);
        }
    }

    static void requireReadActivity(FakeStreamState state, StoredActivity activity, String userId) {
        if (!canReadActivity(state, activity, userId)) {
            throw StreamError.forbidden("user " + userId + " may not read activity " + activity.id());
        }
    }
}
