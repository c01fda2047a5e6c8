package com.peerloop.fakestream;

/**
 * Who may follow a feed, applied to server-side follows too (reference §8.2; a server-side follow of a
 * {@code followers} feed comes back pending in the official Java SDK's FeedIntegrationTests). The follower is the
 * source feed's owner, its {@code created_by} user. By the target's visibility (docs: feed-and-activity-visibility):
 * {@code visible} and {@code public}: anyone, accepted at once; {@code followers}: anyone, as a pending request;
 * {@code members}: only a member of the target (status {@code member}), else 403 / code 17; {@code private}: only
 * the target's owner, else 403 / code 17. Whether a members feed's creator who is not a member may follow it is
 * not documented (unverified): refused here, the stricter reading.
 */
final class FollowRules {

    static final String ACCEPTED = "accepted";
    static final String PENDING = "pending";

    private FollowRules() {}

    /** The status a new follow from {@code source} to {@code target} gets, or the error Stream refuses it with. */
    static String statusFor(FakeStreamState state, StoredFeed source, StoredFeed target) {
        String follower = requireOwner(state, source);
        return switch (visibility(state, target)) {
            case "followers" -> PENDING;
            case "members" -> {
                boolean member = state.feeds()
                        .member(target.fid(), follower)
                        .filter(m -> "member".equals(m.status()))
                        .isPresent();
                if (!member) {
                    throw StreamError.forbidden("source feed " + source.fid() + " (user " + follower
                            + ") may not follow " + target.fid() + ": only members can follow a members feed");
                }
                yield ACCEPTED;
            }
            case "private" -> {
                if (!follower.equals(target.createdBy())) {
                    throw StreamError.forbidden(
                            "source feed " + source.fid() + " (user " + follower + ") may not follow " + target.fid()
                                    + ": a private feed can be followed by its owner only");
                }
                yield ACCEPTED;
            }
            default -> ACCEPTED;
        };
    }

    /**
     * The follower. Stream does not create users a follow names ({@code create_users} defaults to false and is not in
     * SDK 4.1.1, spec FollowRequest): a source feed whose owner Stream does not know is refused with 400 / code 4
     * (unverified which error: it might be 404 / code 16).
     */
    private static String requireOwner(FakeStreamState state, StoredFeed source) {
        String owner = source.createdBy();
        if (owner == null || state.users().get(owner).isEmpty()) {
            throw StreamError.invalidField(
                    "source", "the owner " + owner + " of source feed " + source.fid() + " does not exist");
        }
        return owner;
    }

    /** The feed's own visibility, else (a feed stored without one, e.g. put by a test) its group's default. */
    private static String visibility(FakeStreamState state, StoredFeed feed) {
        if (feed.visibility() != null) {
            return feed.visibility();
        }
        return state.feedGroups()
                .get(feed.group())
                .map(StoredFeedGroup::defaultVisibility)
                .orElse("visible");
    }
}
