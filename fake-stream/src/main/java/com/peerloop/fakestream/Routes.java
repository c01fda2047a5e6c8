package com.peerloop.fakestream;

/** The fake's complete route table. */
final class Routes {

    private Routes() {}

    static RouteTable all(FakeStreamState state, String apiKey, Faults faults) {
        RouteTable table = new RouteTable();
        new UserRoutes(state, apiKey).register(table);
        new FeedGroupRoutes(state).register(table);
        new MemberRoutes(state).register(table);
        new FeedRoutes(state).register(table);
        new MarkRoutes(state).register(table);
        new FollowRoutes(state).register(table);
        new ReactionRoutes(state).register(table);
        new ActivityRoutes(state).register(table);
        new CommentRoutes(state).register(table);
        new ModerationRoutes(state).register(table);
        new BlockRoutes(state).register(table);
        new TaskRoutes(state).register(table);
        new UserDataRoutes(state, faults).register(table);
        new CommentReactionRoutes(state).register(table);
        new PinRoutes(state).register(table);
        new BookmarkRoutes(state).register(table);
        return table;
    }
}
