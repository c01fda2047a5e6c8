package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.getstream.exceptions.StreamException;
import io.getstream.models.AddCommentRequest;
import io.getstream.models.CommentResponse;
import io.getstream.models.DeleteCommentResponse;
import io.getstream.models.GetCommentsRequest;
import io.getstream.models.GetCommentsResponse;
import io.getstream.models.ThreadedCommentResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeStreamCommentsTest extends FakeStreamTestSupport {

    private String activityId;

    @BeforeEach
    void anActivity() throws StreamException {
        feed("user", "alice", "alice");
        activityId = post("alice", "discuss", "user:alice").getId();
    }

    private CommentResponse comment(String userId, String text) throws StreamException {
        return feeds.addComment(AddCommentRequest.builder()
                        .comment(text)
                        .objectID(activityId)
                        .objectType("activity")
                        .userID(userId)
                        .build())
                .execute()
                .getData()
                .getComment();
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

    private static List<String> texts(GetCommentsResponse response) {
        return response.getComments().stream()
                .map(ThreadedCommentResponse::getText)
                .toList();
    }

    @Test
    void addsACommentAndCountsItOnTheActivity() throws StreamException {
        CommentResponse added = comment("bob", "first!");

        assertThat(added.getId()).isNotBlank();
        assertThat(added.getText()).isEqualTo("first!");
        assertThat(added.getObjectID()).isEqualTo(activityId);
        assertThat(added.getUser().getId()).isEqualTo("bob");
        assertThat(feeds.getActivity(activityId)
                        .execute()
                        .getData()
                        .getActivity()
                        .getCommentCount())
                .isEqualTo(1);
        assertThat(fake.state().comments().all())
                .singleElement()
                .extracting(StoredComment::userId)
                .isEqualTo("bob");
    }

    @Test
    void listsNewestFirstByDefaultOldestFirstWithSortFirstAndPages() throws StreamException {
        comment("bob", "c1");
        comment("bob", "c2");
        comment("carol", "c3");

        GetCommentsResponse firstPage = list(null, 2, null);
        GetCommentsResponse secondPage = list(null, 2, firstPage.getNext());

        assertThat(texts(firstPage)).containsExactly("c3", "c2");
        assertThat(texts(secondPage)).containsExactly("c1");
        assertThat(secondPage.getNext()).isNull();
        assertThat(texts(list("first", null, null))).containsExactly("c1", "c2", "c3");
        assertThat(fake.requests("getComments").get(0).query())
                .containsEntry("object_id", activityId)
                .containsEntry("object_type", "activity");
    }

    @Test
    void nestsRepliesUnderTheirParent() throws StreamException {
        CommentResponse parent = comment("bob", "question");
        feeds.addComment(AddCommentRequest.builder()
                        .comment("answer")
                        .parentID(parent.getId())
                        .userID("alice")
                        .build())
                .execute();

        GetCommentsResponse listed = list(null, null, null);

        assertThat(texts(listed)).containsExactly("question");
        assertThat(listed.getComments().get(0).getReplyCount()).isEqualTo(1);
        assertThat(listed.getComments().get(0).getReplies())
                .extracting(ThreadedCommentResponse::getText)
                .containsExactly("answer");
    }

    @Test
    void getsAndDeletesACommentThenAnswers404() throws StreamException {
        CommentResponse added = comment("bob", "to delete");

        assertThat(feeds.getComment(added.getId())
                        .execute()
                        .getData()
                        .getComment()
                        .getText())
                .isEqualTo("to delete");
        DeleteCommentResponse deleted =
                feeds.deleteComment(added.getId()).execute().getData();

        assertThat(deleted.getComment().getDeletedAt()).isNotNull();
        assertThat(deleted.getActivity().getCommentCount()).isZero();
        assertThat(texts(list(null, null, null))).isEmpty();
        assertThatThrownBy(() -> feeds.getComment(added.getId()).execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(16));
    }

    @Test
    void refusesACommentOnAnUnknownActivity() {
        assertThatThrownBy(() -> feeds.addComment(AddCommentRequest.builder()
                                .comment("x")
                                .objectID("missing")
                                .objectType("activity")
                                .userID("bob")
                                .build())
                        .execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getStatusCode()).isEqualTo(404));
        assertThat(fake.state().comments().all()).isEmpty();
    }
}
