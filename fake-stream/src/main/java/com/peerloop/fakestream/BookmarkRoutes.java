package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Activity bookmarks (spec AddBookmark {@code POST} and DeleteBookmark {@code DELETE}
 * {@code /api/v2/feeds/activities/{activity_id}/bookmarks}, QueryBookmarks {@code POST /api/v2/feeds/bookmarks/query};
 * SDK 4.1.1 {@code addBookmark}, {@code deleteBookmark}, {@code queryBookmarks}). Add and delete answer
 * {@code bookmark} (spec AddBookmarkResponse, DeleteBookmarkResponse); the query answers {@code bookmarks} and
 * {@code next} (spec QueryBookmarksResponse). Query: {@code filter} on {@code user_id}, {@code activity_id},
 * {@code object_id}, {@code object_type} ({@code $eq}, {@code $in}: spec QueryBookmarksRequest.filter
 * x-stream-filter-fields); {@code sort} at most 5 entries (spec maxItems 5), of which the fake supports
 * {@code created_at} in either direction; {@code limit} 0..100 (spec minimum/maximum), {@code next}.
 *
 * <p>Unverified, each the stricter reading: a server-side add or delete must name the user ({@code user_id});
 * a second bookmark of the same activity by the same user (without folders) is refused (400 / code 4);
 * deleting a bookmark that does not exist is 404; without {@code sort} the newest bookmark comes first.
 * Folders ({@code folder_id}, {@code new_folder}) and the other filter keys are not modelled and refused.
 */
final class BookmarkRoutes {

    private static final String ROOT = "/api/v2/feeds/activities/{activity_id}/bookmarks";
    private static final int MAX_SORT = 5;

    private static final Filters<StoredBookmark> FILTERS =
            new Filters<>(Map.<String, Function<StoredBookmark, List<String>>>of(
                    "user_id", bookmark -> List.of(bookmark.userId()),
                    "activity_id", bookmark -> List.of(bookmark.activityId()),
                    "object_id", bookmark -> List.of(bookmark.activityId()),
                    "object_type", bookmark -> List.of("activity")));

    private final FakeStreamState state;

    BookmarkRoutes(FakeStreamState state) {
        this.state = state;
    }

    void register(RouteTable table) {
        table.add("POST", ROOT, "addBookmark", this::add)
                .add("DELETE", ROOT, "deleteBookmark", this::delete)
                .add("POST", "/api/v2/feeds/bookmarks/query", "queryBookmarks", this::query);
    }

    private ObjectNode add(Call call) {
        JsonNode body = call.body();
        String userId = userId(call, Json.text(body, "user_id"));
        if (userId == null && Json.field(body, "user") != null) {
            userId = Json.text(Json.field(body, "user"), "id");
        }
        if (Json.field(body, "folder_id") != null || Json.field(body, "new_folder") != null) {
            throw StreamError.badRequest("the fake does not model bookmark folders");
        }
        String activityId = call.param("activity_id");
        state.activities()
                .live(activityId)
                .orElseThrow(() -> StreamError.notFound("activity " + activityId + " does not exist"));
        requireUser(userId);
        if (state.activities().bookmark(activityId, userId).isPresent()) {
            throw StreamError.badRequest("activity " + activityId + " is already bookmarked by " + userId);
        }
        Instant now = state.now();
        StoredBookmark bookmark = new StoredBookmark(
                activityId, userId, Json.withoutNulls(Json.field(body, "custom")), now, now, state.nextSeq());
        state.activities().putBookmark(bookmark);
        return answer(bookmark, userId);
    }

    private ObjectNode delete(Call call) {
        String userId = userId(call, call.query("user_id"));
        if (call.query("folder_id") != null) {
            throw StreamError.badRequest("the fake does not model bookmark folders");
        }
        requireUser(userId);
        String activityId = call.param("activity_id");
        StoredBookmark bookmark = state.activities()
                .bookmark(activityId, userId)
                .orElseThrow(() -> StreamError.notFound("no bookmark of " + activityId + " by " + userId));
        ObjectNode result = answer(bookmark, userId);
        state.activities().removeBookmark(activityId, userId);
        return result;
    }

    private ObjectNode query(Call call) {
        JsonNode body = call.body();
        Integer limit = Json.integer(body, "limit");
        if (limit != null && (limit < 0 || limit > Paging.MAX_LIMIT)) {
            throw StreamError.invalidField("limit", "limit must be between 0 and " + Paging.MAX_LIMIT);
        }
        boolean newestFirst = newestFirst(Json.field(body, "sort"));
        String viewer = userId(call, Json.text(body, "user_id"));
        List<StoredBookmark> matching = state.activities().bookmarks().stream()
                .filter(FILTERS.parse(Json.field(body, "filter")))
                .filter(bookmark ->
                        state.activities().get(bookmark.activityId()).isPresent())
                .sorted(
                        newestFirst
                                ? Comparator.comparingLong(StoredBookmark::seq).reversed()
                                : Comparator.comparingLong(StoredBookmark::seq))
                .toList();
        Paging.Page<StoredBookmark> page =
                Paging.page(matching, StoredBookmark::seq, newestFirst, limit, Json.text(body, "next"));
        ObjectNode result = Json.object();
        ArrayNode bookmarks = result.putArray("bookmarks");
        page.items().forEach(bookmark -> bookmarks.add(ActivityJson.bookmark(state, bookmark, viewer)));
        if (page.next() != null) {
            result.put("next", page.next());
        }
        return result;
    }

    /** Whether {@code sort} asks for the newest first; only {@code created_at} is supported. */
    private static boolean newestFirst(JsonNode sort) {
        if (sort == null || sort.isNull() || sort.isEmpty()) {
            return true;
        }
        if (!sort.isArray() || sort.size() > MAX_SORT) {
            throw StreamError.invalidField("sort", "sort must be an array of at most " + MAX_SORT + " entries");
        }
        if (sort.size() != 1 || !"created_at".equals(Json.text(sort.get(0), "field"))) {
            throw StreamError.badRequest("the fake supports sorting bookmarks by created_at only");
        }
        Integer direction = Json.integer(sort.get(0), "direction");
        // spec SortParamRequest.direction: 1 ascending (the default) or -1 descending
        return direction != null && direction == -1;
    }

    private static String userId(Call call, String given) {
        return given == null || given.isEmpty() ? call.userId() : given;
    }

    private static void requireUser(String userId) {
        if (userId == null || userId.isEmpty()) {
            throw StreamError.invalidField("user_id", "user_id is required for server-side requests");
        }
    }

    private ObjectNode answer(StoredBookmark bookmark, String viewer) {
        ObjectNode result = Json.object();
        result.set("bookmark", ActivityJson.bookmark(state, bookmark, viewer));
        return result;
    }
}
