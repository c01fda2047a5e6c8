package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Activities: add (a fid in {@code feeds} that names no feed yet creates it, see {@link FeedCreation#autoCreate};
 * its group must exist, else 404 / code 16; {@code id} is generated unless given), get, delete (soft by default, {@code hard_delete=true} removes it with its reactions)
 * and query (filter keys {@code id}, {@code user_id}, {@code type}, {@code feeds}; sort by {@code created_at},
 * direction -1 (default, newest first) or 1; cursor pagination), update (PUT, spec UpdateActivity) and partial
 * update (PATCH, spec UpdateActivityPartial) of {@code text}, {@code attachments} and {@code custom}.
 */
final class ActivityRoutes {

    private static final String ROOT = "/api/v2/feeds/activities";
    private static final Filters<StoredActivity> FILTERS =
            new Filters<>(Map.<String, Function<StoredActivity, List<String>>>of(
                    "id", activity -> List.of(activity.id()),
                    "user_id", activity -> activity.userId() == null ? List.of() : List.of(activity.userId()),
                    "type", activity -> List.of(activity.type()),
                    "feeds", StoredActivity::feeds));

    private final FakeStreamState state;

    ActivityRoutes(FakeStreamState state) {
        this.state = state;
    }

    void register(RouteTable table) {
        table.addUserReadable("POST", ROOT + "/query", "queryActivities", this::query)
                .add("POST", ROOT, "addActivity", this::add)
                .addUserReadable("GET", ROOT + "/{id}", "getActivity", this::get)
                .add("PUT", ROOT + "/{id}", "updateActivity", this::update)
                .add("PATCH", ROOT + "/{id}", "updateActivityPartial", this::updatePartial)
                .add("DELETE", ROOT + "/{id}", "deleteActivity", this::delete);
    }

    /**
     * spec UpdateActivity: the request is the activity's new content (fields not sent are cleared: unverified,
     * the stricter reading of a PUT; the fake models text, attachments and custom). Sets {@code updated_at} and
     * {@code edited_at} (spec ActivityResponse.edited_at; which updates count as an edit is unverified).
     */
    private ObjectNode update(Call call) {
        StoredActivity activity = live(call.param("id"));
        JsonNode body = call.body();
        JsonNode attachments = Json.withoutNulls(Json.field(body, "attachments"));
        StoredActivity updated = activity.updated(
                Json.text(body, "text"),
                attachments == null ? Json.array() : attachments,
                Json.withoutNulls(Json.field(body, "custom")),
                state.now());
        state.activities().put(updated);
        return answer(updated);
    }

    /**
     * spec UpdateActivityPartial: {@code set} replaces the top-level fields it names, {@code unset} clears them;
     * the fake models {@code text}, {@code attachments} and {@code custom} and refuses other fields (unverified
     * which fields Stream accepts; a dotted path such as {@code custom.x} is not modelled). Sets {@code updated_at}
     * and {@code edited_at} as {@link #update} does.
     */
    private ObjectNode updatePartial(Call call) {
        StoredActivity activity = live(call.param("id"));
        JsonNode body = call.body();
        JsonNode set = Json.field(body, "set");
        List<String> unset = Json.strings(body, "unset");
        java.util.Set<String> named = new java.util.HashSet<>(unset);
        if (set != null) {
            set.fieldNames().forEachRemaining(named::add);
        }
        named.removeAll(List.of("text", "attachments", "custom"));
        if (!named.isEmpty()) {
            throw StreamError.badRequest("the fake updates text, attachments and custom only, not " + named);
        }
        String text = unset.contains("text") ? null : activity.text();
        JsonNode attachments = unset.contains("attachments") ? Json.array() : activity.attachments();
        JsonNode custom = unset.contains("custom") ? null : activity.custom();
        if (set != null && Json.field(set, "text") != null) {
            text = Json.text(set, "text");
        }
        if (set != null && Json.field(set, "attachments") != null) {
            attachments = Json.withoutNulls(Json.field(set, "attachments"));
        }
        if (set != null && Json.field(set, "custom") != null) {
            custom = Json.withoutNulls(Json.field(set, "custom"));
        }
        StoredActivity updated = activity.updated(text, attachments, custom, state.now());
        state.activities().put(updated);
        return answer(updated);
    }

    private ObjectNode add(Call call) {
        JsonNode body = call.body();
        String type = Json.text(body, "type");
        List<String> feeds = Json.strings(body, "feeds");
        if (type == null || type.isEmpty() || feeds.isEmpty()) {
            throw StreamError.badRequest("type and feeds are required");
        }
        feeds.stream()
                .filter(fid -> state.feeds().get(fid).isEmpty())
                .forEach(fid -> FeedCreation.requireCreatable(state, fid));
        String id = Json.text(body, "id") == null ? UUID.randomUUID().toString() : Json.text(body, "id");
        if (state.activities().get(id).isPresent()) {
            throw StreamError.badRequest("activity " + id + " already exists");
        }
        Instant now = state.now();
        String author = Json.text(body, "user_id") == null ? call.userId() : Json.text(body, "user_id");
        feeds.forEach(fid -> FeedCreation.autoCreate(state, fid, author, now));
        String visibility = Json.text(body, "visibility");
        JsonNode attachments = Json.withoutNulls(Json.field(body, "attachments"));
        StoredActivity activity = new StoredActivity(
                id,
                type,
                author,
                Json.text(body, "text"),
                feeds.stream().distinct().toList(),
                visibility == null ? "public" : visibility,
                attachments == null ? Json.array() : attachments,
                Json.withoutNulls(Json.field(body, "custom")),
                Json.strings(body, "filter_tags"),
                now,
                now,
                null,
                state.nextSeq());
        state.activities().put(activity);
        return answer(activity);
    }

    private ObjectNode get(Call call) {
        StoredActivity activity = live(call.param("id"));
        Visibility.requireReadActivity(state, activity, call.userId());
        return answer(activity);
    }

    private ObjectNode delete(Call call) {
        StoredActivity activity = live(call.param("id"));
        if (call.queryFlag("hard_delete")) {
            state.activities().remove(activity.id());
        } else {
            state.activities().put(activity.deleted(state.now()));
        }
        return Json.object();
    }

    private ObjectNode query(Call call) {
        JsonNode body = call.body();
        boolean ascending = ascending(Json.field(body, "sort"));
        Comparator<StoredActivity> order = Comparator.comparingLong(StoredActivity::seq);
        List<StoredActivity> matches = state.activities().all().stream()
                .filter(activity -> !activity.isDeleted())
                .filter(FILTERS.parse(Json.field(body, "filter")))
                .filter(activity -> Visibility.canReadActivity(state, activity, call.userId()))
                .sorted(ascending ? order : order.reversed())
                .toList();
        Paging.Page<StoredActivity> page = Paging.page(
                matches, StoredActivity::seq, !ascending, Json.integer(body, "limit"), Json.text(body, "next"));
        ObjectNode result = Json.object();
        ArrayNode activities = result.putArray("activities");
        page.items().forEach(activity -> activities.add(ActivityJson.activity(state, activity)));
        if (page.next() != null) {
            result.put("next", page.next());
        }
        return result;
    }

    private static boolean ascending(JsonNode sort) {
        if (sort == null || !sort.isArray() || sort.isEmpty()) {
            return false;
        }
        JsonNode first = sort.get(0);
        String field = Json.text(first, "field");
        if (field != null && !field.equals("created_at")) {
            throw StreamError.badRequest("the fake sorts activities by created_at only");
        }
        Integer direction = Json.integer(first, "direction");
        return direction != null && direction > 0;
    }

    private StoredActivity live(String id) {
        return state.activities()
                .live(id)
                .orElseThrow(() -> StreamError.notFound("activity " + id + " does not exist"));
    }

    private ObjectNode answer(StoredActivity activity) {
        ObjectNode result = Json.object();
        result.set("activity", ActivityJson.activity(state, activity));
        return result;
    }
}
