package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.getstream.exceptions.StreamException;
import io.getstream.models.AddActivityReactionRequest;
import io.getstream.models.AddCommentRequest;
import io.getstream.models.DeleteFeedUserDataRequest;
import io.getstream.models.DeleteUsersRequest;
import io.getstream.models.FollowRequest;
import io.getstream.models.GetTaskResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeStreamUserDataTest extends FakeStreamTestSupport {

    private String alicePost;
    private String bobPost;
    private String aliceComment;
    private String bobComment;

    /**
     * alice owns user:alice and timeline:alice, follows bob and is followed by him, is a member of bob's club,
     * posted once, commented on and liked bob's post; bob commented on and liked alice's post.
     */
    @BeforeEach
    void aliceAndBob() throws StreamException {
        knownUsers("alice", "bob");
        feed("user", "alice", "alice");
        feed("timeline", "alice", "alice");
        feed("user", "bob", "bob");
        feed("timeline", "bob", "bob");
        membersOnlyFeed("user", "club", "bob", "alice");
        follow("timeline:alice", "user:bob");
        follow("timeline:bob", "user:alice");
        alicePost = post("alice", "mine", "user:alice").getId();
        bobPost = post("bob", "his", "user:bob").getId();
        aliceComment = comment("alice", bobPost);
        bobComment = comment("bob", alicePost);
        like("alice", bobPost);
        like("bob", alicePost);
    }

    private void follow(String source, String target) throws StreamException {
        feeds.follow(FollowRequest.builder().source(source).target(target).build())
                .execute();
    }

    private String comment(String userId, String activityId) throws StreamException {
        return feeds.addComment(AddCommentRequest.builder()
                        .comment("by " + userId)
                        .objectID(activityId)
                        .objectType("activity")
                        .userID(userId)
                        .build())
                .execute()
                .getData()
                .getComment()
                .getId();
    }

    private void like(String userId, String activityId) throws StreamException {
        feeds.addActivityReaction(
                        activityId,
                        AddActivityReactionRequest.builder()
                                .type("like")
                                .userID(userId)
                                .build())
                .execute();
    }

    private String deleteFeedData(String userId, boolean hard) throws StreamException {
        return feeds.deleteFeedUserData(
                        userId,
                        DeleteFeedUserDataRequest.builder().hardDelete(hard).build())
                .execute()
                .getData()
                .getTaskID();
    }

    private String deleteUsers(String mode, String messages, String conversations, String... ids)
            throws StreamException {
        return client.deleteUsers(DeleteUsersRequest.builder()
                        .userIds(List.of(ids))
                        .user(mode)
                        .messages(messages)
                        .conversations(conversations)
                        .build())
                .execute()
                .getData()
                .getTaskID();
    }

    private GetTaskResponse poll(String taskId) throws StreamException {
        return client.getTask(taskId).execute().getData();
    }

    private static int status(StreamException e) {
        return e.getResponseData().getStatusCode();
    }

    @Test
    void softDeletesAUsersFeedDataWhenTheTaskCompletes() throws StreamException {
        String task = deleteFeedData("alice", false);

        assertThat(fake.state().activities().live(alicePost)).isPresent();
        GetTaskResponse done = poll(task);

        assertThat(done.getTaskID()).isEqualTo(task);
        assertThat(done.getStatus()).isEqualTo("completed");
        assertThat(done.getError()).isNull();
        assertThat(fake.state().feeds().get("user:alice")).isEmpty();
        assertThat(fake.state().feeds().get("timeline:alice")).isEmpty();
        assertThat(fake.state().follows().all()).isEmpty();
        assertThat(fake.state().feeds().isMember("user:club", "alice")).isFalse();
        assertThat(fake.state().activities().get(alicePost)).get().matches(StoredActivity::isDeleted);
        assertThat(fake.state().comments().get(aliceComment)).get().matches(StoredComment::isDeleted);
        assertThat(fake.state().activities().reaction(bobPost, "like", "alice")).isEmpty();
        assertThat(fake.state().activities().live(bobPost)).isPresent();
        assertThat(fake.state().comments().live(bobComment)).isPresent();
        assertThat(fake.state().users().get("alice")).isPresent();
    }

    @Test
    void hardDeleteRemovesTheUsersActivitiesAndComments() throws StreamException {
        poll(deleteFeedData("alice", true));

        assertThat(fake.state().activities().get(alicePost)).isEmpty();
        assertThat(fake.state().comments().get(aliceComment)).isEmpty();
        assertThat(fake.state().activities().live(bobPost)).isPresent();
    }

    @Test
    void completesOnTheConfiguredPollAndAnswersRunningBefore() throws StreamException {
        fake.state().tasks().completeOnPoll(2);
        String task = deleteFeedData("alice", false);

        assertThat(fake.state().tasks().get(task))
                .get()
                .extracting(StoredTask::status)
                .isEqualTo("pending");
        assertThat(poll(task).getStatus()).isEqualTo("running");
        assertThat(fake.state().activities().live(alicePost)).isPresent();
        assertThat(poll(task).getStatus()).isEqualTo("completed");
        assertThat(poll(task).getStatus()).isEqualTo("completed");
        assertThat(fake.state().activities().live(alicePost)).isEmpty();
    }

    @Test
    void finishAllCompletesTasksNobodyPolled() throws StreamException {
        String task = deleteFeedData("alice", false);

        fake.state().tasks().finishAll();

        assertThat(fake.state().tasks().get(task))
                .get()
                .extracting(StoredTask::status)
                .isEqualTo("completed");
        assertThat(fake.state().activities().live(alicePost)).isEmpty();
    }

    @Test
    void aFailedTaskChangesNothingAndALaterTaskSucceeds() throws StreamException {
        fake.failNextTasks("deleteFeedUserData", 1);

        GetTaskResponse failed = poll(deleteFeedData("alice", false));

        assertThat(failed.getStatus()).isEqualTo("failed");
        assertThat(failed.getError()).isNotNull();
        assertThat(failed.getError().getType()).isNotBlank();
        assertThat(failed.getResult()).isNull();
        assertThat(fake.state().activities().live(alicePost)).isPresent();
        assertThat(fake.state().follows().all()).hasSize(2);
        assertThat(fake.state().feeds().isMember("user:club", "alice")).isTrue();

        assertThat(poll(deleteFeedData("alice", false)).getStatus()).isEqualTo("completed");
        assertThat(fake.state().activities().live(alicePost)).isEmpty();
    }

    @Test
    void healAndResetClearTaskFailuresTasksAndReadings() throws StreamException {
        fake.failNextTasks("deleteFeedUserData", 1);
        fake.state().tasks().completeOnPoll(3);
        fake.heal();

        assertThat(poll(deleteFeedData("alice", false)).getStatus()).isEqualTo("running");
        fake.reset();

        assertThat(fake.state().tasks().all()).isEmpty();
        knownUsers("alice");
        assertThat(poll(deleteFeedData("alice", false)).getStatus()).isEqualTo("completed");
    }

    @Test
    void aFailedCallStartsNoTaskAndARetrySucceeds() throws StreamException {
        fake.failNext("exportFeedUserData", 1, 503);

        assertThatThrownBy(() -> feeds.exportFeedUserData("alice").execute())
                .isInstanceOfSatisfying(
                        StreamException.class, e -> assertThat(status(e)).isEqualTo(503));
        assertThat(fake.state().tasks().all()).isEmpty();
        String task = feeds.exportFeedUserData("alice").execute().getData().getTaskID();

        assertThat(poll(task).getStatus()).isEqualTo("completed");
        assertThat(fake.requests("exportFeedUserData"))
                .extracting(RecordedRequest::status)
                .containsExactly(503, 200);
    }

    @Test
    void exportsTheUsersDataBehindAUrl() throws StreamException {
        String task = feeds.exportFeedUserData("alice").execute().getData().getTaskID();

        GetTaskResponse done = poll(task);

        assertThat(done.getStatus()).isEqualTo("completed");
        assertThat(done.getResult().get("url"))
                .asString()
                .startsWith("https://")
                .endsWith(task + ".json");
        JsonNode data = fake.state().tasks().get(task).orElseThrow().data();
        assertThat(data.path("user").path("id").asText()).isEqualTo("alice");
        assertThat(data.path("feeds")).hasSize(2);
        assertThat(data.path("follows")).hasSize(2);
        assertThat(data.path("activities").findValuesAsText("text"))
                .contains("mine")
                .doesNotContain("his");
        assertThat(data.path("comments"))
                .singleElement()
                .satisfies(c -> assertThat(c.path("id").asText()).isEqualTo(aliceComment));
        assertThat(data.path("reactions"))
                .singleElement()
                .satisfies(r -> assertThat(r.path("activity_id").asText()).isEqualTo(bobPost));
        assertThat(fake.state().activities().live(alicePost)).isPresent();
    }

    @Test
    void anExportWhoseUserWasDeletedMeanwhileFails() throws StreamException {
        String task = feeds.exportFeedUserData("alice").execute().getData().getTaskID();
        fake.state().users().remove("alice");

        GetTaskResponse failed = poll(task);

        assertThat(failed.getStatus()).isEqualTo("failed");
        assertThat(failed.getError().getType()).isNotBlank();
        assertThat(fake.state().tasks().get(task).orElseThrow().data()).isNull();
    }

    @Test
    void refusesTheDataOfAnUnknownUserAndAnUnknownTask() {
        assertThatThrownBy(() -> deleteFeedData("ghost", true))
                .isInstanceOfSatisfying(
                        StreamException.class, e -> assertThat(status(e)).isEqualTo(400));
        assertThatThrownBy(() -> feeds.exportFeedUserData("ghost").execute())
                .isInstanceOfSatisfying(
                        StreamException.class, e -> assertThat(status(e)).isEqualTo(400));
        assertThatThrownBy(() -> poll("no-such-task"))
                .isInstanceOfSatisfying(
                        StreamException.class, e -> assertThat(status(e)).isEqualTo(404));
        assertThat(fake.state().tasks().all()).isEmpty();
    }

    @Test
    void deletesUsersSoftPruningOrHardAndLeavesTheirFeedData() throws StreamException {
        knownUsers("carol");
        fake.state().users().put(StoredUser.of("dave", "Dave", java.time.Instant.now()));

        poll(deleteUsers("soft", null, null, "carol"));
        poll(deleteUsers("pruning", null, null, "dave"));
        poll(deleteUsers("hard", "hard", "hard", "alice"));

        assertThat(fake.state().users().get("carol")).isPresent();
        assertThat(fake.state().deletedUsers().get("carol"))
                .get()
                .extracting(DeletedUser::mode)
                .isEqualTo("soft");
        assertThat(fake.state().users().get("dave"))
                .get()
                .extracting(StoredUser::name)
                .isNull();
        assertThat(fake.state().deletedUsers().get("dave"))
                .get()
                .extracting(DeletedUser::mode)
                .isEqualTo("pruning");
        assertThat(fake.state().users().get("alice")).isEmpty();
        assertThat(fake.state().deletedUsers().get("alice"))
                .get()
                .extracting(DeletedUser::mode)
                .isEqualTo("hard");
        assertThat(fake.state().activities().live(alicePost)).isPresent();
    }

    @Test
    void refusesAHardUserDeleteWithoutHardMessagesAndConversationsOrOfUnknownUsers() throws Exception {
        assertThatThrownBy(() -> deleteUsers("hard", null, null, "alice"))
                .isInstanceOfSatisfying(
                        StreamException.class, e -> assertThat(status(e)).isEqualTo(400));
        assertThatThrownBy(() -> deleteUsers("hard", "hard", null, "alice"))
                .isInstanceOfSatisfying(
                        StreamException.class, e -> assertThat(status(e)).isEqualTo(400));
        assertThatThrownBy(() -> deleteUsers("soft", null, null, "alice", "ghost"))
                .isInstanceOfSatisfying(
                        StreamException.class, e -> assertThat(status(e)).isEqualTo(400));
        var noIds = RawHttp.asServer(fake, "POST", "/api/v2/users/delete", "{\"user\":\"soft\"}");
        var badMode =
                RawHttp.asServer(fake, "POST", "/api/v2/users/delete", "{\"user_ids\":[\"alice\"],\"user\":\"purge\"}");

        assertThat(noIds.statusCode()).isEqualTo(400);
        assertThat(noIds.body()).contains("user_ids");
        assertThat(badMode.statusCode()).isEqualTo(400);
        assertThat(fake.state().tasks().all()).isEmpty();
        assertThat(fake.state().users().get("alice")).isPresent();
    }

    @Test
    void aFailedUserDeletionKeepsTheUserAndARetryDeletesThem() throws StreamException {
        fake.failNextTasks("deleteUsers", 1);

        assertThat(poll(deleteUsers("hard", "hard", "hard", "bob")).getStatus()).isEqualTo("failed");
        assertThat(fake.state().users().get("bob")).isPresent();
        assertThat(poll(deleteUsers("hard", "hard", "hard", "bob")).getStatus()).isEqualTo("completed");
        assertThat(fake.state().users().get("bob")).isEmpty();
    }
}
