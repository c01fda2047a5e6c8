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

  /** Full replace of name, image, role and custom; {@code created_at} and the token revocation are kept. */
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
      StoredUser user = new StoredUser(id, Json.text(request, "name"), Json.text(request, "image"),
          Json.text(request, "role") == null ? "user" : Json.text(request, "role"),
          custom == null ? Json.object() : custom,
          existing == null ? now : existing.createdAt(), now,
          existing == null ? null : existing.revokeTokensIssuedBefore());
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
  private ObjectNode queryUsers(Call call) {
    String payload = call.query("payload");
    JsonNode id = payload == null ? null : Json.field(Json.field(Json.parseObject(payload), "filter_conditions"), "id");
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

  private ObjectNode updateUsersPartial(Call call) {
    JsonNode updates = Json.field(call.body(), "users");
    if (updates == null || !updates.isArray()) {
      throw StreamError.badRequest("users must be a list of partial updates");
    }
    for (JsonNode update : updates) {
      String id = Json.text(update, "id");
      if (id == null || state.users().get(id).isEmpty()) {
        throw StreamError.badRequest("user " + id + " does not exist");
      }
    }
    List<StoredUser> updated = new ArrayList<>();
    for (JsonNode update : updates) {
      updated.add(UserPatch.apply(state.users().get(Json.text(update, "id")).orElseThrow(), update, state.now()));
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
