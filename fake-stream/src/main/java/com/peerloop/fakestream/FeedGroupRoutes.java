package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Feed group endpoints under {@code /api/v2/feeds/feed_groups}. Creating an id that exists (and is not
 * soft-deleted) is refused with 400 / code 4; a soft-deleted group is missing for every other operation
 * unless {@code include_soft_deleted=true}. Update merges the non-null top-level fields of the body.
 * Create, get-or-create and update refuse a {@code default_visibility} or {@code activity_selectors[].type}
 * outside the spec's enums (see {@link FeedGroupRules}), even when get-or-create finds the group.
 */
final class FeedGroupRoutes {

    private static final String ROOT = "/api/v2/feeds/feed_groups";

    private final FakeStreamState state;

    FeedGroupRoutes(FakeStreamState state) {
        this.state = state;
    }

    void register(RouteTable table) {
        table.add("POST", ROOT, "createFeedGroup", this::create)
                .add("GET", ROOT, "listFeedGroups", this::list)
                .add("POST", ROOT + "/{id}", "getOrCreateFeedGroup", this::getOrCreate)
                .add("GET", ROOT + "/{id}", "getFeedGroup", this::get)
                .add("PUT", ROOT + "/{id}", "updateFeedGroup", this::update)
                .add("DELETE", ROOT + "/{id}", "deleteFeedGroup", this::delete);
    }

    private ObjectNode create(Call call) {
        String id = Json.text(call.body(), "id");
        if (id == null || id.isBlank()) {
            throw StreamError.badRequest("id is required");
        }
        FeedGroupRules.check(call.body());
        if (state.feedGroups().active(id).isPresent()) {
            throw StreamError.badRequest("feed group " + id + " already exists");
        }
        return answer(store(id, call.body()));
    }

    private ObjectNode getOrCreate(Call call) {
        String id = call.param("id");
        FeedGroupRules.check(call.body());
        StoredFeedGroup existing = state.feedGroups().active(id).orElse(null);
        ObjectNode result = answer(existing == null ? store(id, call.body()) : existing);
        result.put("was_created", existing == null);
        return result;
    }

    private ObjectNode get(Call call) {
        return answer(find(call));
    }

    private ObjectNode update(Call call) {
        StoredFeedGroup group = find(call);
        FeedGroupRules.check(call.body());
        ObjectNode config = (ObjectNode) group.config().deepCopy();
        config.setAll(config(call.body()));
        StoredFeedGroup updated = new StoredFeedGroup(group.id(), config, group.createdAt(), state.now(), null);
        state.feedGroups().put(updated);
        return answer(updated);
    }

    private ObjectNode delete(Call call) {
        StoredFeedGroup group = find(call);
        if (call.queryFlag("hard_delete")) {
            state.feedGroups().remove(group.id());
        } else {
            Instant now = state.now();
            state.feedGroups().put(new StoredFeedGroup(group.id(), group.config(), group.createdAt(), now, now));
        }
        return Json.object();
    }

    private ObjectNode list(Call call) {
        boolean includeDeleted = call.queryFlag("include_soft_deleted");
        ObjectNode result = Json.object();
        ObjectNode groups = result.putObject("groups");
        state.feedGroups().all().stream()
                .filter(group -> includeDeleted || !group.isDeleted())
                .forEach(group -> groups.set(group.id(), FeedJson.group(group)));
        return result;
    }

    private StoredFeedGroup find(Call call) {
        String id = call.param("id");
        return state.feedGroups()
                .get(id)
                .filter(group -> !group.isDeleted() || call.queryFlag("include_soft_deleted"))
                .orElseThrow(() -> StreamError.notFound("feed group " + id + " does not exist"));
    }

    private StoredFeedGroup store(String id, JsonNode body) {
        Instant now = state.now();
        StoredFeedGroup group = new StoredFeedGroup(id, config(body), now, now, null);
        state.feedGroups().put(group);
        return group;
    }

    private static ObjectNode config(JsonNode body) {
        ObjectNode config = (ObjectNode) Json.withoutNulls(body);
        config.remove("id");
        return config;
    }

    private static ObjectNode answer(StoredFeedGroup group) {
        ObjectNode result = Json.object();
        result.set("feed_group", FeedJson.group(group));
        return result;
    }
}
