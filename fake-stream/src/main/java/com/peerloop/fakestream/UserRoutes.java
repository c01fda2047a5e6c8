package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code POST|PATCH /api/v2/users} and {@code GET|PATCH /api/v2/app}. */
final class UserRoutes {

    private final FakeStreamState state;
    private final String apiKey;

    UserRoutes(FakeStreamState state, String apiKey) {
        this.state = state;
        this.apiKey = apiKey;
    }

    void register(RouteTable table) {
        table.add("POST", "/api/v2/users", "upsertUsers", this::upsertUsers)
                .add("PATCH", "/api/v2/users", "updateUsersPartial", this::updateUsersPartial)
                .add("GET", "/api/v2/users", "queryUsers", this::queryUsers)
                .add("PATCH", "/api/v2/app", "updateApp", this::updateApp)
                .add("GET", "/api/v2/app", "getApp", call -> {
                    ObjectNode result = Json.object();
                    result.set("app", AppJson.app(apiKey, state.app().settings()));
                    return result;
                });
    }

    /**
     * Replaces each user with the payload (docs: users, "upsert ... replaces"; reference §8.5): name, image, role
     * and custom not sent are gone; {@code created_at} is kept. The payload's {@code revoke_tokens_issued_before}
     * is not a {@code UserRequest} field [spec UserRequest], so a replacing upsert clears an earlier revocation:
     * unverified (Stream's docs do not say whether it survives; this is the stricter reading).
     */
    private ObjectNode upsertUsers(Call call) {
        JsonNode users = Json.field(call.body(), "users");
        if (users == null || !users.isObject()) {
            throw StreamError.badRequest("users must be an object keyed by user id");
        }
        Instant now = state.now();
        ObjectNode result = Json.object();
        ObjectNode answered = result.putObject("users");
        users.fields().forEachRemaining(entry -> {
            JsonNode request = entry.getValue();
            String id = Json.text(request, "id") == null ? entry.getKey() : Json.text(request, "id");
            StoredUser existing = state.users().get(id).orElse(null);
            JsonNode custom = Json.withoutNulls(Json.field(request, "custom"));
            StoredUser user = new StoredUser(
                    id,
                    Json.text(request, "name"),
                    Json.text(request, "image"),
                    Json.text(request, "role") == null ? "user" : Json.text(request, "role"),
                    custom == null ? Json.object() : custom,
                    existing == null ? now : existing.createdAt(),
                    now,
                    null);
            state.users().put(user);
            answered.set(id, UserJson.fullUser(user));
        });
        result.put("membership_deletion_task_id", "");
        return result;
    }

    /**
     * {@code GET /api/v2/users?payload={json}}: only {@code filter_conditions.id} is understood, as a plain id,
     * {@code {"$eq": id}} or {@code {"$in": [ids]}}; without it every user is returned.
     */
    /**
     * {@code payload} itself is checked by {@link InputRules}; its {@code filter_conditions} is required by the
     * SDK's generated model {@code QueryUsersPayload} ({@code @NotNull}, from Stream's spec), so a query without
     * one is refused here with Stream's input error.
     */
    private ObjectNode queryUsers(Call call) {
        JsonNode filter = Json.field(Json.parseObject(call.query("payload")), "filter_conditions");
        if (filter == null || !filter.isObject()) {
            throw StreamError.invalidField(
                    "filter_conditions", "QueryUsers failed with error: \"filter_conditions is a required field\"");
        }
        JsonNode id = Json.field(filter, "id");
        List<String> ids = new ArrayList<>();
        if (id != null && id.isTextual()) {
            ids.add(id.asText());
        } else if (id != null && id.has("$eq")) {
            ids.add(id.get("$eq").asText());
        } else if (id != null && id.has("$in")) {
            id.get("$in").forEach(value -> ids.add(value.asText()));
        }
        ObjectNode result = Json.object();
        var users = result.putArray("users");
        state.users().all().stream()
                .filter(user -> id == null || ids.contains(user.id()))
                .forEach(user -> users.add(UserJson.fullUser(user)));
        return result;
    }

    /**
     * Applies {@code set}/{@code unset} to the named users and leaves every other field (docs: users, "partial
     * update"). What Stream does with an unknown id is not documented: unverified; by default the whole request is
     * refused with 400 / code 4 and nobody changes, and {@link UserState#unknownUserPatches} picks another reading.
     */
    private ObjectNode updateUsersPartial(Call call) {
        JsonNode updates = Json.field(call.body(), "users");
        if (updates == null || !updates.isArray()) {
            throw StreamError.badRequest("users must be a list of partial updates");
        }
        UserState.UnknownUserPatch unknown = state.users().unknownUserPatches();
        for (JsonNode update : updates) {
            String id = Json.text(update, "id");
            if (id == null || id.isEmpty()) {
                throw StreamError.badRequest("users[].id is required");
            }
            if (state.users().get(id).isEmpty() && unknown == UserState.UnknownUserPatch.REFUSE) {
                throw StreamError.badRequest("user " + id + " does not exist");
            }
        }
        Instant now = state.now();
        List<StoredUser> updated = new ArrayList<>();
        for (JsonNode update : updates) {
            String id = Json.text(update, "id");
            StoredUser existing = state.users().get(id).orElse(null);
            if (existing == null && unknown == UserState.UnknownUserPatch.OMIT) {
                continue;
            }
            updated.add(UserPatch.apply(existing == null ? StoredUser.of(id, null, now) : existing, update, now));
        }
        ObjectNode result = Json.object();
        ObjectNode answered = result.putObject("users");
        for (StoredUser user : updated) {
            state.users().put(user);
            answered.set(user.id(), UserJson.fullUser(user));
        }
        result.put("membership_deletion_task_id", "");
        return result;
    }

    private ObjectNode updateApp(Call call) {
        String revoke = Json.text(call.body(), AppState.REVOKE);
        if (revoke != null) {
            Json.parseTime(revoke);
        }
        state.app().update(call.body());
        return Json.object();
    }
}
