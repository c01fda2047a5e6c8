package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Comments. Add needs {@code user_id} and either {@code parent_id} (a reply, inheriting the parent's object) or
 * {@code object_id} + {@code object_type}; for {@code activity} the activity must exist. The list endpoint
 * ({@code object_id} and {@code object_type} required) answers top-level comments with their direct replies,
 * the replies endpoint a comment's direct replies with theirs, both in the order of {@link CommentSort} and
 * naming it in {@code sort} (spec GetCommentsResponse / GetCommentRepliesResponse: sort*). {@code depth},
 * {@code replies_limit} and {@code id_around} are not modelled: every listed comment carries all its direct
 * replies. Update (PATCH) changes the text, attachments and custom data it is given.
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
                .addUserReadable("GET", ROOT + "/{id}", "getComment", this::get)
                .add("PATCH", ROOT + "/{id}", "updateComment", this::update)
                .addUserReadable("GET", ROOT + "/{id}/replies", "getCommentReplies", this::replies)
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
        List<StoredComment> roots = state.comments().on(objectType, objectId).stream()
                .filter(comment -> comment.parentId() == null)
                .toList();
        return listing(call, roots);
    }

    /** spec GetCommentReplies: the comment's direct replies, paged and sorted like GetComments. */
    private ObjectNode replies(Call call) {
        StoredComment parent = live(call.param("id"));
        requireReadObject(call, parent.objectType(), parent.objectId());
        return listing(call, state.comments().replies(parent.id()));
    }

    private ObjectNode listing(Call call, List<StoredComment> comments) {
        CommentSort sort = CommentSort.parse(call.query("sort"));
        List<StoredComment> ordered = sort.order(state, comments);
        Integer limit = call.queryInt("limit");
        Paging.Page<StoredComment> page = sort.byCreation()
                ? Paging.page(ordered, StoredComment::seq, sort == CommentSort.LAST, limit, call.query("next"))
                : Paging.pageByPosition(ordered, limit, call.query("next"));
        String viewer = viewer(call);
        ObjectNode result = Json.object();
        ArrayNode listed = result.putArray("comments");
        page.items().forEach(comment -> listed.add(CommentJson.threaded(state, comment, viewer)));
        result.put("sort", sort.value());
        if (page.next() != null) {
            result.put("next", page.next());
        }
        return result;
    }

    /**
     * spec UpdateComment: {@code comment}, {@code attachments} and {@code custom} replace what they name; fields
     * not sent are kept. {@code updated_at} and {@code edited_at} (spec CommentResponse.edited_at) are set to the
     * time of the update: which updates Stream counts as an edit is unverified.
     */
    private ObjectNode update(Call call) {
        StoredComment comment = live(call.param("id"));
        JsonNode body = call.body();
        String text = Json.field(body, "comment") == null ? comment.text() : Json.text(body, "comment");
        JsonNode attachments = Json.field(body, "attachments") == null
                ? comment.attachments()
                : Json.withoutNulls(Json.field(body, "attachments"));
        JsonNode custom =
                Json.field(body, "custom") == null ? comment.custom() : Json.withoutNulls(Json.field(body, "custom"));
        StoredComment updated = comment.updated(text, attachments, custom, state.now(), true);
        state.comments().put(updated);
        return answer(updated);
    }

    /** spec GetComment: {@code own_reactions} are those of the token's user, or of {@code user_id} for the server. */
    private ObjectNode get(Call call) {
        StoredComment comment = readable(call, live(call.param("id")));
        ObjectNode result = Json.object();
        result.set("comment", CommentJson.comment(state, comment, viewer(call)));
        return result;
    }

    private static String viewer(Call call) {
        return call.isServer() ? call.query("user_id") : call.userId();
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
