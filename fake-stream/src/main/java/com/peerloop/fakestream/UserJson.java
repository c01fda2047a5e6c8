package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** Renders users as the SDK's {@code UserResponse} and {@code FullUserResponse} (all required fields present). */
final class UserJson {

    private UserJson() {}

    /** {@code UserResponse} for a user id; an unknown user renders as a bare user with role {@code user}. */
    static ObjectNode user(FakeStreamState state, String userId) {
        StoredUser user = state.users()
                .get(userId == null ? "" : userId)
                .orElseGet(() -> placeholder(userId == null ? "" : userId));
        return user(user);
    }

    static ObjectNode user(StoredUser user) {
        ObjectNode json = Json.object();
        json.put("id", user.id());
        json.put("role", user.role() == null ? "user" : user.role());
        json.put("language", "");
        json.put("banned", false);
        json.put("online", false);
        json.put("invisible", false);
        json.put("shadow_banned", false);
        Json.putTime(json, "created_at", user.createdAt());
        Json.putTime(json, "updated_at", user.updatedAt());
        json.putArray("teams");
        json.putArray("blocked_user_ids");
        json.set("custom", user.custom() == null ? Json.object() : user.custom().deepCopy());
        if (user.name() != null) {
            json.put("name", user.name());
        }
        if (user.image() != null) {
            json.put("image", user.image());
        }
        Json.putTime(json, "revoke_tokens_issued_before", user.revokeTokensIssuedBefore());
        return json;
    }

    /** {@code FullUserResponse}, as returned by the upsert and partial-update endpoints. */
    static ObjectNode fullUser(StoredUser user) {
        ObjectNode json = user(user);
        json.putArray("devices");
        json.putArray("mutes");
        json.putArray("channel_mutes");
        json.put("total_unread_count", 0);
        json.put("unread_count", 0);
        json.put("unread_channels", 0);
        json.put("unread_threads", 0);
        return json;
    }

    private static StoredUser placeholder(String userId) {
        return new StoredUser(userId, null, null, "user", Json.object(), Instant.EPOCH, Instant.EPOCH, null);
    }
}
