package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Comments. Add needs {@code user_id} and either {@code parent_id} (a reply, inheriting the parent's object) or
 * {@code object_id} + {@code object_type}; for {@code activity} the activity must exist. The list endpoint
 * ({@code object_id} and {@code object_type} required) answers top-level comments with their direct replies;
 * {@code sort=first} is oldest first, anything else (default {@code last}) newest first.
 */
final class CommentRoutes {

    private static final String ROOT = "/api/v2/feeds/comments";

    private final FakeStreamState state;

    CommentRoutes(FakeStreamState state) {
        this.state = state;
    }

    void register(RouteTable table) {
        table.add("POST", ROOT, "addComment", this::add)
                .addUserReadable("GET", ROOT, "getComments", this::list)
                .addUserReadable(
                        "GET", ROOT + "/{id}", "getComment", call -> answer(readable(call, live(call.param("id")))))
                .add("DELETE", ROOT + "/{id}", "deleteComment", this::delete);
    }

    private ObjectNode add(Call call) {
        JsonNode body = call.body();
        String userId = Json.text(body, "user_id") == null ? call.userId() : Json.text(body, "user_id");
        if (userId == null || userId.isEmpty()) {
            throw StreamError.badRequest("user_id is required");
        }
        String parentId = Json.text(body, "parent_id");
        String objectId = Json.text(body, "object_id");
        String objectType = Json.text(body, "object_type");
        if (parentId != null) {
            StoredComment parent = live(parentId);
            objectId = parent.objectId();
            objectType = parent.objectType();
        } else if (objectId == null || objectType == null) {
            throw StreamError.badRequest("object_id and object_type (or parent_id) are required");
        } else if ("activity".equals(objectType)) {
            requireActivity(objectId);
        }
        String id = Json.text(body, "id") == null ? UUID.randomUUID().toString() : Json.text(body, "id");
        if (state.comments().get(id).isPresent()) {
            throw StreamError.badRequest("comment " + id + " already exists");
        }
        Instant now = state.now();
        StoredComment comment = new StoredComment(
                id,
                objectId,
                objectType,
                parentId,
                userId,
                Json.text(body, "comment"),
                Json.withoutNulls(Json.field(body, "attachments")),
                Json.withoutNulls(Json.field(body, "custom")),
                now,
                now,
                null,
                state.nextSeq());
        state.comments().put(comment);
        ObjectNode result = answer(comment);
        if (Json.flag(body, "create_notification_activity")) {
            // spec AddCommentResponse.notification_created
            result.put("notification_created", new NotificationActivities(state).comment(comment));
        }
        return result;
    }

    private ObjectNode list(Call call) {
        String objectId = call.query("object_id");
        String objectType = call.query("object_type");
        if (objectId == null || objectType == null) {
            throw StreamError.badRequest("object_id and object_type are required");
        }
        requireReadObject(call, objectType, objectId);
        boolean oldestFirst = "first".equals(call.query("sort"));
        Comparator<StoredComment> order = Comparator.comparingLong(StoredComment::seq);
        List<StoredComment> roots = state.comments().on(objectType, objectId).stream()
                .filter(comment -> comment.parentId() == null)
                .sorted(oldestFirst ? order : order.reversed())
                .toList();
        Integer limit = call.queryInt("limit");
        Paging.Page<StoredComment> page =
                Paging.page(roots, StoredComment::seq, !oldestFirst, limit, call.query("next"));
        ObjectNode result = Json.object();
        ArrayNode comments = result.putArray("comments");
        page.items().forEach(comment -> comments.add(CommentJson.threaded(state, comment)));
        if (page.next() != null) {
            result.put("next", page.next());
        }
        return result;
    }

    private ObjectNode delete(Call call) {
        StoredComment comment = live(call.param("id"));
        StoredComment answered = comment.deleted(state.now());
        if (call.queryFlag("hard_delete")) {
            state.comments().remove(comment.id());
        } else {
            state.comments().put(answered);
        }
        ObjectNode result = Json.object();
        result.set("comment", CommentJson.comment(state, answered));
        if ("activity".equals(comment.objectType())) {
            state.activities()
                    .get(comment.objectId())
                    .ifPresent(activity -> result.set("activity", ActivityJson.activity(state, activity)));
        }
        return result;
    }

    private StoredComment live(String id) {
        return state.comments().live(id).orElseThrow(() -> StreamError.notFound("comment " + id + " does not exist"));
    }

    /**
     * A user token reads the comments of an activity it may read [vis: the feed's visibility covers its activities];
     * comments on other objects are for the server only (unverified, stricter reading).
     */
    private void requireReadObject(Call call, String objectType, String objectId) {
        if (call.isServer()) {
            return;
        }
        if (!"activity".equals(objectType)) {
            throw StreamError.forbidden("user " + call.userId() + " may not read comments on " + objectType);
        }
        state.activities()
                .live(objectId)
                .ifPresent(activity -> Visibility.requireReadActivity(state, activity, call.userId()));
    }

    private StoredComment readable(Call call, StoredComment comment) {
        requireReadObject(call, comment.objectType(), comment.objectId());
        return comment;
    }

    private void requireActivity(String id) {
        state.activities().live(id).orElseThrow(() -> StreamError.notFound("activity " + id + " does not exist"));
    }

    private ObjectNode answer(StoredComment comment) {
        ObjectNode result = Json.object();
        result.set("comment", CommentJson.comment(state, comment));
        return result;
    }
}
