package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.getstream.exceptions.StreamException;
import io.getstream.models.ActivityResponse;
import io.getstream.models.AddCommentReactionRequest;
import io.getstream.models.AddCommentReactionResponse;
import io.getstream.models.AddCommentRequest;
import io.getstream.models.CommentResponse;
import io.getstream.models.DeleteCommentReactionRequest;
import io.getstream.models.DeleteCommentReactionResponse;
import io.getstream.models.GetCommentRepliesRequest;
import io.getstream.models.GetCommentRepliesResponse;
import io.getstream.models.GetCommentsRequest;
import io.getstream.models.GetCommentsResponse;
import io.getstream.models.ThreadedCommentResponse;
import io.getstream.models.UpdateActivityPartialRequest;
import io.getstream.models.UpdateActivityRequest;
import io.getstream.models.UpdateCommentRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeStreamDiscussionTest extends FakeStreamTestSupport {

    private String activityId;

    @BeforeEach
    void anActivity() throws StreamException {
        feed("user", "alice", "alice");
        activityId = post("alice", "discuss", "user:alice").getId();
    }

    private CommentResponse comment(String userId, String text, String parentId) throws StreamException {
        var request = AddCommentRequest.builder().comment(text).userID(userId);
        if (parentId == null) {
            request.objectID(activityId).objectType("activity");
        } else {
            request.parentID(parentId);
        }
        return feeds.addComment(request.build()).execute().getData().getComment();
    }

    private AddCommentReactionResponse react(String commentId, String userId, String type) throws StreamException {
        return feeds.addCommentReaction(
                        commentId,
                        AddCommentReactionRequest.builder()
                                .type(type)
                                .userID(userId)
                                .enforceUnique(true)
                                .build())
                .execute()
                .getData();
    }

    private GetCommentsResponse list(String sort, Integer limit, String next) throws StreamException {
        return feeds.getComments(GetCommentsRequest.builder()
                        .ObjectID(activityId)
                        .ObjectType("activity")
                        .Sort(sort)
                        .Limit(limit)
                        .Next(next)
                        .build())
                .execute()
                .getData();
    }

    private static List<String> texts(List<ThreadedCommentResponse> comments) {
        return comments.stream().map(ThreadedCommentResponse::getText).toList();
    }

    @Test
    void commentReactionIsCountedGroupedAndRemoved() throws StreamException {
        String id = comment("bob", "nice", null).getId();

        AddCommentReactionResponse added = react(id, "carol", "like");

        assertThat(added.getReaction().getType()).isEqualTo("like");
        assertThat(added.getReaction().getUser().getId()).isEqualTo("carol");
        assertThat(added.getComment().getReactionCount()).isEqualTo(1);
        assertThat(added.getComment().getReactionGroups().get("like").getCount())
                .isEqualTo(1);
        assertThat(added.getComment().getLatestReactions()).hasSize(1);

        DeleteCommentReactionResponse removed = feeds.deleteCommentReaction(
                        id,
                        "like",
                        DeleteCommentReactionRequest.builder().UserID("carol").build())
                .execute()
                .getData();

        assertThat(removed.getReaction().getType()).isEqualTo("like");
        assertThat(removed.getComment().getReactionCount()).isZero();
        assertThat(fake.state().comments().reactions(id)).isEmpty();
    }

    @Test
    void ownReactionsAreTheViewersOnly() throws Exception {
        String id = comment("bob", "nice", null).getId();
        react(id, "carol", "like");
        react(id, "dave", "like");

        HttpResponse<String> asCarol =
                RawHttp.asServer(fake, "GET", "/api/v2/feeds/comments/" + id + "?user_id=carol", null);
        HttpResponse<String> anonymous = RawHttp.asServer(fake, "GET", "/api/v2/feeds/comments/" + id, null);

        JsonNode own = Json.parseObject(asCarol.body()).at("/comment/own_reactions");
        assertThat(own.size()).isEqualTo(1);
        assertThat(own.get(0).at("/user/id").asText()).isEqualTo("carol");
        assertThat(Json.parseObject(anonymous.body())
                        .at("/comment/own_reactions")
                        .size())
                .isZero();
        assertThat(Json.parseObject(anonymous.body())
                        .at("/comment/reaction_count")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void enforceUniqueLeavesOneReactionPerUserOnAComment() throws StreamException {
        String id = comment("bob", "nice", null).getId();
        react(id, "carol", "like");

        AddCommentReactionResponse second = react(id, "carol", "love");

        assertThat(second.getComment().getReactionCount()).isEqualTo(1);
        assertThat(fake.state().comments().reactions(id))
                .singleElement()
                .extracting(StoredCommentReaction::type)
                .isEqualTo("love");
    }

    @Test
    void commentReactionNeedsAType() throws Exception {
        String id = comment("bob", "nice", null).getId();

        HttpResponse<String> response = RawHttp.asServer(
                fake, "POST", "/api/v2/feeds/comments/" + id + "/reactions", "{\"user_id\":\"carol\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("type");
        assertThat(fake.state().comments().reactions(id)).isEmpty();
    }

    @Test
    void deletingAReactionThatIsNotThereIsNotFound() throws StreamException {
        String id = comment("bob", "nice", null).getId();

        assertThatThrownBy(() -> feeds.deleteCommentReaction(
                                id,
                                "like",
                                DeleteCommentReactionRequest.builder()
                                        .UserID("carol")
                                        .build())
                        .execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getStatusCode()).isEqualTo(404));
    }

    @Test
    void repliesAreListedUnderTheirParentAndCounted() throws StreamException {
        String parent = comment("bob", "top", null).getId();
        comment("carol", "r1", parent);
        comment("dave", "r2", parent);

        GetCommentRepliesResponse replies = feeds.getCommentReplies(
                        parent, GetCommentRepliesRequest.builder().Sort("first").build())
                .execute()
                .getData();
        GetCommentsResponse roots = list(null, null, null);

        assertThat(texts(replies.getComments())).containsExactly("r1", "r2");
        assertThat(replies.getComments().get(0).getParentID()).isEqualTo(parent);
        assertThat(texts(roots.getComments())).containsExactly("top");
        assertThat(roots.getComments().get(0).getReplyCount()).isEqualTo(2);
    }

    @Test
    void repliesArePaged() throws StreamException {
        String parent = comment("bob", "top", null).getId();
        for (int i = 1; i <= 3; i++) {
            comment("carol", "r" + i, parent);
        }

        var first = feeds.getCommentReplies(
                        parent,
                        GetCommentRepliesRequest.builder()
                                .Sort("first")
                                .Limit(2)
                                .build())
                .execute()
                .getData();
        var second = feeds.getCommentReplies(
                        parent,
                        GetCommentRepliesRequest.builder()
                                .Sort("first")
                                .Limit(2)
                                .Next(first.getNext())
                                .build())
                .execute()
                .getData();

        assertThat(texts(first.getComments())).containsExactly("r1", "r2");
        assertThat(texts(second.getComments())).containsExactly("r3");
        assertThat(second.getNext()).isNull();
    }

    @Test
    void topRanksByReactionCountAndPagesByPosition() throws StreamException {
        String quiet = comment("bob", "quiet", null).getId();
        String loud = comment("bob", "loud", null).getId();
        String middle = comment("bob", "middle", null).getId();
        react(loud, "u1", "like");
        react(loud, "u2", "like");
        react(middle, "u1", "like");

        GetCommentsResponse page1 = list("top", 2, null);
        GetCommentsResponse page2 = list("top", 2, page1.getNext());

        assertThat(texts(page1.getComments())).containsExactly("loud", "middle");
        assertThat(texts(page2.getComments())).containsExactly("quiet");
        assertThat(texts(list("first", null, null).getComments())).containsExactly("quiet", "loud", "middle");
        assertThat(texts(list("last", null, null).getComments())).containsExactly("middle", "loud", "quiet");
        assertThat(quiet).isNotBlank();
    }

    @Test
    void listingsNameTheirSort() throws Exception {
        String parent = comment("bob", "top", null).getId();
        String base = "/api/v2/feeds/comments?object_type=activity&object_id=" + activityId;

        assertThat(sortOf(RawHttp.asServer(fake, "GET", base, null))).isEqualTo("last");
        assertThat(sortOf(RawHttp.asServer(fake, "GET", base + "&sort=top", null)))
                .isEqualTo("top");
        assertThat(sortOf(RawHttp.asServer(
                        fake, "GET", "/api/v2/feeds/comments/" + parent + "/replies?sort=first", null)))
                .isEqualTo("first");
    }

    private static String sortOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parseObject(response.body()).get("sort").asText();
    }

    @Test
    void unknownSortIsRefused() {
        assertThatThrownBy(() -> list("loudest", null, null))
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getStatusCode()).isEqualTo(400));
    }

    @Test
    void updateCommentChangesTheTextAndSetsEditedAt() throws Exception {
        String id = comment("bob", "typo", null).getId();

        CommentResponse updated = feeds.updateComment(
                        id,
                        UpdateCommentRequest.builder()
                                .comment("fixed")
                                .custom(Map.of("k", "v"))
                                .build())
                .execute()
                .getData()
                .getComment();

        assertThat(updated.getText()).isEqualTo("fixed");
        assertThat(updated.getCustom()).containsEntry("k", "v");
        StoredComment stored = fake.state().comments().live(id).orElseThrow();
        assertThat(stored.editedAt()).isNotNull();
        HttpResponse<String> raw = RawHttp.asServer(fake, "GET", "/api/v2/feeds/comments/" + id, null);
        JsonNode json = Json.parseObject(raw.body()).get("comment");
        assertThat(json.get("edited_at").asText()).isNotBlank();
    }

    @Test
    void partialUpdateSetsAndUnsetsAndMarksTheActivityEdited() throws StreamException {
        ActivityResponse updated = feeds.updateActivityPartial(
                        activityId,
                        UpdateActivityPartialRequest.builder()
                                .set(Map.of("text", "edited", "custom", Map.of("topic", "java")))
                                .unset(List.of("attachments"))
                                .build())
                .execute()
                .getData()
                .getActivity();

        assertThat(updated.getText()).isEqualTo("edited");
        assertThat(updated.getCustom()).containsEntry("topic", "java");
        assertThat(updated.getEditedAt()).isNotNull();
        assertThat(fake.state().activities().live(activityId).orElseThrow().text())
                .isEqualTo("edited");
    }

    @Test
    void partialUpdateOfAFieldTheFakeDoesNotModelIsRefused() {
        assertThatThrownBy(() -> feeds.updateActivityPartial(
                                activityId,
                                UpdateActivityPartialRequest.builder()
                                        .set(Map.of("type", "other"))
                                        .build())
                        .execute())
                .isInstanceOf(StreamException.class);
        assertThat(fake.state().activities().live(activityId).orElseThrow().editedAt())
                .isNull();
    }

    @Test
    void updateActivityReplacesTheContent() throws StreamException {
        ActivityResponse updated = feeds.updateActivity(
                        activityId, UpdateActivityRequest.builder().text("new").build())
                .execute()
                .getData()
                .getActivity();

        assertThat(updated.getText()).isEqualTo("new");
        assertThat(updated.getEditedAt()).isNotNull();
    }

    @Test
    void updatesOfMissingItemsAreNotFound() {
        assertThatThrownBy(() -> feeds.updateComment(
                                "missing",
                                UpdateCommentRequest.builder().comment("x").build())
                        .execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getStatusCode()).isEqualTo(404));
        assertThatThrownBy(() -> feeds.addCommentReaction(
                                "missing",
                                AddCommentReactionRequest.builder()
                                        .type("like")
                                        .userID("u")
                                        .build())
                        .execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getStatusCode()).isEqualTo(404));
    }
}
