package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.getstream.exceptions.StreamException;
import io.getstream.models.ActivityResponse;
import io.getstream.models.AddActivityRequest;
import io.getstream.models.Attachment;
import io.getstream.models.DeleteActivityRequest;
import io.getstream.models.QueryActivitiesRequest;
import io.getstream.models.QueryActivitiesResponse;
import io.getstream.models.SortParamRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeStreamActivitiesTest extends FakeStreamTestSupport {

    @BeforeEach
    void userFeeds() throws StreamException {
        feed("user", "alice", "alice");
        feed("user", "bob", "bob");
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StreamException.class, e -> {
            assertThat(e.getResponseData().getStatusCode()).isEqualTo(404);
            assertThat(e.getResponseData().getCode()).isEqualTo(16);
        });
    }

    @Test
    void addsAnActivityWithGeneratedIdAttachmentsAndCustomData() throws StreamException {
        ActivityResponse added = feeds.addActivity(AddActivityRequest.builder()
                        .type("post")
                        .userID("alice")
                        .text("hello")
                        .feeds(List.of("user:alice"))
                        .attachments(List.of(Attachment.builder()
                                .type("image")
                                .imageUrl("https://img/1.png")
                                .build()))
                        .custom(Map.of("course_id", "c1"))
                        .build())
                .execute()
                .getData()
                .getActivity();

        assertThat(added.getId()).isNotBlank();
        assertThat(added.getUser().getId()).isEqualTo("alice");
        assertThat(added.getFeeds()).containsExactly("user:alice");
        assertThat(added.getAttachments())
                .singleElement()
                .satisfies(a -> assertThat(a.getImageUrl()).isEqualTo("https://img/1.png"));
        assertThat(added.getCustom()).containsEntry("course_id", "c1");
        assertThat(added.getReactionCount()).isZero();
        assertThat(added.getCommentCount()).isZero();
        StoredActivity stored = fake.state().activities().get(added.getId()).orElseThrow();
        assertThat(stored.text()).isEqualTo("hello");
        assertThat(stored.attachments().get(0).has("asset_url"))
                .as("nulls are not stored")
                .isFalse();
        assertThat(fake.requests("addActivity")).singleElement().matches(RecordedRequest::write);
    }

    @Test
    void keepsAClientChosenIdAndRefusesToReuseIt() throws StreamException {
        AddActivityRequest request = AddActivityRequest.builder()
                .id("fixed-1")
                .type("post")
                .userID("alice")
                .feeds(List.of("user:alice"))
                .build();

        assertThat(feeds.addActivity(request).execute().getData().getActivity().getId())
                .isEqualTo("fixed-1");
        assertThatThrownBy(() -> feeds.addActivity(request).execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(4));
    }

    @Test
    void addingToAFeedThatDoesNotExistCreatesItWithItsGroupsDefaultVisibility() throws StreamException {
        fake.state()
                .feedGroups()
                .put(new StoredFeedGroup(
                        "club",
                        Json.object().put("default_visibility", "members"),
                        java.time.Instant.now(),
                        java.time.Instant.now(),
                        null));

        ActivityResponse added = post("alice", "first", "user:alice", "user:nobody", "club:c1");

        assertThat(added.getFeeds()).containsExactly("user:alice", "user:nobody", "club:c1");
        assertThat(fake.state().feeds().get("user:nobody").orElseThrow().visibility())
                .isEqualTo("visible");
        assertThat(fake.state().feeds().get("club:c1").orElseThrow().visibility())
                .isEqualTo("members");
        assertThat(fake.state().feeds().get("club:c1").orElseThrow().createdBy())
                .isEqualTo("alice");
        assertThat(feed("user", "nobody", "nobody").getActivities())
                .extracting(ActivityResponse::getText)
                .containsExactly("first");
    }

    @Test
    void refusesAnActivityForAFeedOfAGroupThatDoesNotExistAndCreatesNothing() {
        assertNotFound(() -> post("alice", "lost", "user:newcomer", "classroom:c1"));
        assertThat(fake.state().activities().all()).isEmpty();
        assertThat(fake.state().feeds().get("user:newcomer")).isEmpty();
    }

    @Test
    void getsAnActivityAndAnswers404ForAnUnknownOne() throws StreamException {
        String id = post("alice", "hello", "user:alice").getId();

        assertThat(feeds.getActivity(id).execute().getData().getActivity().getText())
                .isEqualTo("hello");
        assertNotFound(() -> feeds.getActivity("nope").execute());
        assertThat(fake.requests("getActivity"))
                .extracting(RecordedRequest::status)
                .containsExactly(200, 404);
    }

    @Test
    void softDeleteHidesTheActivityAndHardDeleteRemovesIt() throws StreamException {
        String soft = post("alice", "soft", "user:alice").getId();
        String hard = post("alice", "hard", "user:alice").getId();

        feeds.deleteActivity(soft).execute();
        feeds.deleteActivity(
                        hard, DeleteActivityRequest.builder().HardDelete(true).build())
                .execute();

        assertThat(fake.state().activities().get(soft)).get().matches(StoredActivity::isDeleted);
        assertThat(fake.state().activities().get(hard)).isEmpty();
        assertThat(feed("user", "alice", "alice").getActivities()).isEmpty();
        assertNotFound(() -> feeds.getActivity(soft).execute());
        assertThat(fake.requests("deleteActivity").get(1).query()).containsEntry("hard_delete", "true");
    }

    @Test
    void queriesActivitiesByUserAndFeedNewestFirstOrOldestFirst() throws StreamException {
        String a1 = post("alice", "a1", "user:alice").getId();
        String b1 = post("bob", "b1", "user:bob").getId();
        String a2 = post("alice", "a2", "user:alice", "user:bob").getId();

        QueryActivitiesResponse byUser = feeds.queryActivities(QueryActivitiesRequest.builder()
                        .filter(Map.of("user_id", "alice"))
                        .build())
                .execute()
                .getData();
        QueryActivitiesResponse byFeed = feeds.queryActivities(QueryActivitiesRequest.builder()
                        .filter(Map.of("feeds", Map.of("$in", List.of("user:bob"))))
                        .sort(List.of(SortParamRequest.builder()
                                .field("created_at")
                                .direction(1)
                                .build()))
                        .build())
                .execute()
                .getData();

        assertThat(byUser.getActivities()).extracting(ActivityResponse::getId).containsExactly(a2, a1);
        assertThat(byFeed.getActivities()).extracting(ActivityResponse::getId).containsExactly(b1, a2);
        assertThat(fake.requests("queryActivities")).allMatch(r -> !r.write());
    }

    @Test
    void refusesAFilterKeyTheFakeDoesNotSupport() {
        assertThatThrownBy(() -> feeds.queryActivities(QueryActivitiesRequest.builder()
                                .filter(Map.of("popularity", 3))
                                .build())
                        .execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(4));
    }
}
