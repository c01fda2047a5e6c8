package com.peerloop.fakestream;

/**
 * The user a server-side request acts for: its {@code user_id}, else its {@code user.id}. Stream's requests carry
 * both as optional (spec FlagRequest, BlockUsersRequest, UnblockUsersRequest: {@code user_id}, {@code user}), but a
 * server-side call naming nobody has no one to act for: refused with 400 / code 4 (unverified, the stricter
 * reading). As for follows and memberships, the user must be one Stream knows (unverified).
 */
final class ActingUser {

    private ActingUser() {}

    static String of(FakeStreamState state, Call call, String specName) {
        String userId = Json.text(call.body(), "user_id");
        if (userId == null || userId.isEmpty()) {
            userId = Json.text(Json.field(call.body(), "user"), "id");
        }
        if (userId == null || userId.isEmpty()) {
            throw StreamError.invalidField(
                    "user_id", specName + " failed with error: \"either user_id or user is required server-side\"");
        }
        known(state, userId, "user_id");
        return userId;
    }

    static void known(FakeStreamState state, String userId, String field) {
        if (state.users().get(userId).isEmpty()) {
            throw StreamError.invalidField(field, "user " + userId + " does not exist");
        }
    }
}
