package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.getstream.models.AddActivityReactionRequest;
import io.getstream.models.AddCommentRequest;
import io.getstream.models.FollowRequest;
import io.getstream.models.GetOrCreateFollowsRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What Stream writes itself for {@code create_notification_activity}, through the real SDK. */
class FakeStreamNotificationActivitiesTest extends FakeStreamTestSupport {

    private String postId;

    @BeforeEach
    void setUp() throws Exception {
        knownUsers("jane", "eric", "sara");
        feed("user", "jane", "jane");
        feed("timeline", "eric", "eric");
        postId = post("jane", "hello", "user:jane").getId();
    }

    private void react(String userId, boolean notify) throws Exception {
        feeds.addActivityReaction(
                        postId,
                        AddActivityReactionRequest.builder()
                                .type("like")
                                .userID(userId)
                                .createNotificationActivity(notify)
                                .build())
                .execute();
    }

    private List<StoredActivity> notifications(String userId) {
        return fake.state().activities().inFeed("notification:" + userId);
    }

    @Test
    void aReactionNotifiesTheActivitysAuthorOnceWithItsContext() throws Exception {
        react("eric", true);
        react("eric", true);

        List<StoredActivity> written = notifications("jane");
        assertThat(written).singleElement().satisfies(activity -> {
            assertThat(activity.type()).isEqualTo("reaction");
            assertThat(activity.userId()).isEqualTo("eric");
        });
        ObjectNode context = fake.state()
                .activities()
                .notificationContext(written.get(0).id())
                .orElseThrow();
        assertThat(context.at("/target/id").asText()).isEqualTo(postId);
        assertThat(context.at("/trigger/type").asText()).isEqualTo("reaction");
    }

    @Test
    void theActorsOwnReactionAndAReactionWithoutTheFlagNotifyNobody() throws Exception {
        react("jane", true);
        react("sara", false);

        assertThat(fake.state().activities().all())
                .extracting(StoredActivity::type)
                .containsExactly("post");
    }

    @Test
    void everyCommentNotifiesTheAuthorAndAnswersNotificationCreated() throws Exception {
        for (int i = 0; i < 2; i++) {
            feeds.addComment(AddCommentRequest.builder()
                            .comment("nice")
                            .objectID(postId)
                            .objectType("activity")
                            .userID("eric")
                            .createNotificationActivity(true)
                            .build())
                    .execute();
        }

        assertThat(notifications("jane")).extracting(StoredActivity::type).containsExactly("comment", "comment");
        assertThat(fake.requests("addComment").get(0).response()).contains("\"notification_created\":true");
    }

    @Test
    void aFollowInTheBatchUpsertNotifiesTheFollowedFeedsOwnerOnlyWhenCreated() throws Exception {
        for (int i = 0; i < 2; i++) {
            feeds.getOrCreateFollows(GetOrCreateFollowsRequest.builder()
                            .follows(List.of(FollowRequest.builder()
                                    .source("timeline:eric")
                                    .target("user:jane")
                                    .createNotificationActivity(true)
                                    .build()))
                            .build())
                    .execute();
        }

        assertThat(notifications("jane")).singleElement().satisfies(activity -> {
            assertThat(activity.type()).isEqualTo("follow");
            assertThat(activity.userId()).isEqualTo("eric");
        });
    }

    @Test
    void aCommentReactionNotifiesTheCommentsAuthor() {
        StoredComment comment =
                new StoredComment("c1", postId, "activity", null, "sara", "agree", null, null, null, null, null, 1);
        fake.state().comments().put(comment);

        boolean written = new NotificationActivities(fake.state()).commentReaction(comment, "eric");

        assertThat(written).isTrue();
        assertThat(notifications("sara")).extracting(StoredActivity::type).containsExactly("comment_reaction");
    }
}
