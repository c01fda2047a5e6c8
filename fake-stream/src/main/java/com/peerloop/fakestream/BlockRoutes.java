package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * {@code POST /api/v2/users/block}, {@code POST /api/v2/users/unblock} and {@code GET /api/v2/users/block}.
 *
 * <p>A block changes no feed read: activities, comments and reactions of a blocked user still appear in reads made
 * with the blocker's user token. Unverified: no Feeds docs page describes blocks, and Stream's chat docs
 * (chat/docs/&lt;lang&gt;/block_user) limit a block's effect to 1-on-1 channels, group content still appearing;
 * this is the stricter reading for the gateway, which must hide a blocked user's content itself.
 */
final class BlockRoutes {

    private final FakeStreamState state;

    BlockRoutes(FakeStreamState state) {
        this.state = state;
    }

    void register(RouteTable table) {
        table.add("POST", "/api/v2/users/block", "blockUsers", this::block)
                .add("POST", "/api/v2/users/unblock", "unblockUsers", this::unblock)
                .add("GET", "/api/v2/users/block", "getBlockedUsers", this::blocked);
    }

    /**
     * Answers spec BlockUsersResponse ({@code blocked_by_user_id}, {@code blocked_user_id}, {@code created_at}).
     * Unverified, as the stricter reading: both users must exist, a user cannot block themself (400 / code 4), and
     * repeating a block keeps the first one and its {@code created_at}.
     */
    private ObjectNode block(Call call) {
        String userId = ActingUser.of(state, call, "BlockUsers");
        String blockedId = Json.text(call.body(), "blocked_user_id");
        ActingUser.known(state, blockedId, "blocked_user_id");
        if (blockedId.equals(userId)) {
            throw StreamError.invalidField("blocked_user_id", "a user cannot block themself");
        }
        Instant now = state.now();
        StoredBlock block =
                state.moderation().block(userId, blockedId).orElseGet(() -> new StoredBlock(userId, blockedId, now));
        state.moderation().putBlock(block);
        ObjectNode result = Json.object();
        result.put("blocked_by_user_id", block.userId());
        result.put("blocked_user_id", block.blockedUserId());
        Json.putTime(result, "created_at", block.createdAt());
        return result;
    }

    /** Unblocking a user who is not blocked is accepted and changes nothing (unverified). */
    private ObjectNode unblock(Call call) {
        String userId = ActingUser.of(state, call, "UnblockUsers");
        state.moderation().removeBlock(userId, Json.text(call.body(), "blocked_user_id"));
        return Json.object();
    }

    /**
     * The blocks made by the query's {@code user_id} (spec GetBlockedUsers query {@code user_id}), oldest first, as
     * spec BlockedUserResponse. Server-side the query must name the user (unverified, the stricter reading).
     */
    private ObjectNode blocked(Call call) {
        String userId = call.query("user_id");
        if (userId == null) {
            throw StreamError.invalidField(
                    "user_id", "GetBlockedUsers failed with error: \"user_id is required server-side\"");
        }
        ObjectNode result = Json.object();
        var blocks = result.putArray("blocks");
        for (StoredBlock block : state.moderation().blocksBy(userId)) {
            ObjectNode json = blocks.addObject();
            json.put("user_id", block.userId());
            json.put("blocked_user_id", block.blockedUserId());
            json.set("user", UserJson.user(state, block.userId()));
            json.set("blocked_user", UserJson.user(state, block.blockedUserId()));
            Json.putTime(json, "created_at", block.createdAt());
        }
        return result;
    }
}
