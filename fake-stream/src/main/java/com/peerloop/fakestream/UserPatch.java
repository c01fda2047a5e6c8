package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;

/**
 * Applies one {@code {"id","set":{..},"unset":[..]}} partial update. Known keys are {@code name}, {@code image},
 * {@code role}, {@code revoke_tokens_issued_before} (RFC 3339 string, {@code Z} or {@code +00:00}) and
 * {@code custom} (merged); any other key is a custom field. A key set to JSON null inside {@code set} is unset
 * (Stream: "setting the field to null undoes it"), unlike top-level request fields where null means absent.
 */
final class UserPatch {

    private String name;
    private String image;
    private String role;
    private Instant revoke;
    private final ObjectNode custom;

    private UserPatch(StoredUser user) {
        name = user.name();
        image = user.image();
        role = user.role();
        revoke = user.revokeTokensIssuedBefore();
        custom = user.custom() == null
                ? Json.object()
                : (ObjectNode) user.custom().deepCopy();
    }

    static StoredUser apply(StoredUser user, JsonNode update, Instant now) {
        UserPatch patch = new UserPatch(user);
        JsonNode set = Json.field(update, "set");
        if (set != null) {
            set.fields().forEachRemaining(patch::set);
        }
        Json.strings(update, "unset").forEach(patch::unset);
        return new StoredUser(
                user.id(), patch.name, patch.image, patch.role, patch.custom, user.createdAt(), now, patch.revoke);
    }

    private void set(Map.Entry<String, JsonNode> entry) {
        String key = entry.getKey();
        JsonNode value = entry.getValue();
        if (value.isNull()) {
            unset(key);
            return;
        }
        switch (key) {
            case "name" -> name = value.asText();
            case "image" -> image = value.asText();
            case "role" -> role = value.asText();
            case AppState.REVOKE -> revoke = revokeTime(value);
            case "custom" -> {
                if (value.isObject()) {
                    custom.setAll((ObjectNode) Json.withoutNulls(value));
                }
            }
            default -> custom.set(key, Json.withoutNulls(value));
        }
    }

    private void unset(String key) {
        switch (key) {
            case "name" -> name = null;
            case "image" -> image = null;
            case "role" -> role = "user";
            case AppState.REVOKE -> revoke = null;
            case "custom" -> custom.removeAll();
            default -> custom.remove(key);
        }
    }

    private static Instant revokeTime(JsonNode value) {
        if (!value.isTextual()) {
            throw StreamError.badRequest(AppState.REVOKE + " must be an RFC3339 string, got " + value);
        }
        return Json.parseTime(value.asText());
    }
}
