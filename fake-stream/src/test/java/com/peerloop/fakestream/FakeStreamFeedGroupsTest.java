package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.getstream.exceptions.StreamException;
import io.getstream.models.ActivitySelectorConfig;
import io.getstream.models.CreateFeedGroupRequest;
import io.getstream.models.DeleteFeedGroupRequest;
import io.getstream.models.FeedGroupResponse;
import io.getstream.models.GetOrCreateFeedGroupRequest;
import io.getstream.models.GetOrCreateFeedGroupResponse;
import io.getstream.models.ListFeedGroupsRequest;
import io.getstream.models.NotificationConfig;
import io.getstream.models.UpdateFeedGroupRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeStreamFeedGroupsTest extends FakeStreamTestSupport {

    private static CreateFeedGroupRequest course() {
        return CreateFeedGroupRequest.builder()
                .id("course")
                .defaultVisibility("members")
                .activitySelectors(List.of(
                        ActivitySelectorConfig.builder().type("current_feed").build()))
                .notification(NotificationConfig.builder().trackSeen(true).build())
                .build();
    }

    @Test
    void seedsTheBuiltInGroups() throws StreamException {
        assertThat(feeds.listFeedGroups().execute().getData().getGroups())
                .containsOnlyKeys("user", "timeline", "foryou", "notification", "story", "stories");
    }

    @Test
    void seedsOnlySelectorTypesOfTheSpecsEnum() throws StreamException {
        var groups = feeds.listFeedGroups().execute().getData().getGroups();

        assertThat(groups.values())
                .allSatisfy(group -> assertThat(group.getActivitySelectors())
                        .isNotEmpty()
                        .allSatisfy(selector -> assertThat(selector.getType()).isIn(FeedGroupRules.SELECTOR_TYPES)));
        assertThat(groups.get("user").getActivitySelectors())
                .extracting(s -> s.getType())
                .containsExactly("current_feed");
        assertThat(groups.get("timeline").getActivitySelectors())
                .extracting(s -> s.getType())
                .containsExactly("following");
    }

    private static void assertInvalidField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StreamException.class, e -> {
            assertThat(e.getResponseData().getStatusCode()).isEqualTo(400);
            assertThat(e.getResponseData().getCode()).isEqualTo(4);
            assertThat(e.getResponseData().getExceptionFields()).containsKey(field);
        });
    }

    @Test
    void refusesAnActivitySelectorTypeStreamDoesNotHaveOnCreateGetOrCreateAndUpdate() throws StreamException {
        List<ActivitySelectorConfig> current =
                List.of(ActivitySelectorConfig.builder().type("current").build());

        assertInvalidField(
                () -> feeds.createFeedGroup(CreateFeedGroupRequest.builder()
                                .id("course")
                                .activitySelectors(current)
                                .build())
                        .execute(),
                "activity_selectors[0].type");
        assertInvalidField(
                () -> feeds.getOrCreateFeedGroup(
                                "course",
                                GetOrCreateFeedGroupRequest.builder()
                                        .activitySelectors(current)
                                        .build())
                        .execute(),
                "activity_selectors[0].type");
        assertThat(fake.state().feedGroups().get("course")).isEmpty();
        assertInvalidField(
                () -> feeds.updateFeedGroup(
                                "user",
                                UpdateFeedGroupRequest.builder()
                                        .activitySelectors(current)
                                        .build())
                        .execute(),
                "activity_selectors[0].type");
        assertThat(fake.state().feedGroups().get("user").orElseThrow().hasSelector("current_feed"))
                .isTrue();
    }

    @Test
    void refusesADefaultVisibilityStreamDoesNotHave() throws StreamException {
        assertInvalidField(
                () -> feeds.createFeedGroup(CreateFeedGroupRequest.builder()
                                .id("course")
                                .defaultVisibility("everyone")
                                .build())
                        .execute(),
                "default_visibility");
        assertInvalidField(
                () -> feeds.getOrCreateFeedGroup(
                                "course",
                                GetOrCreateFeedGroupRequest.builder()
                                        .defaultVisibility("members_only")
                                        .build())
                        .execute(),
                "default_visibility");
        assertInvalidField(
                () -> feeds.updateFeedGroup(
                                "user",
                                UpdateFeedGroupRequest.builder()
                                        .defaultVisibility("hidden")
                                        .build())
                        .execute(),
                "default_visibility");
        assertThat(fake.state().feedGroups().get("course")).isEmpty();
        assertThat(fake.state().feedGroups().get("user").orElseThrow().defaultVisibility())
                .isEqualTo("visible");
    }

    @Test
    void createsAGroupKeepingItsConfigurationAsRawJson() throws StreamException {
        FeedGroupResponse created =
                feeds.createFeedGroup(course()).execute().getData().getFeedGroup();

        assertThat(created.getId()).isEqualTo("course");
        assertThat(created.getDefaultVisibility()).isEqualTo("members");
        assertThat(created.getActivitySelectors()).extracting(s -> s.getType()).containsExactly("current_feed");
        assertThat(created.getNotification().getTrackSeen()).isTrue();
        StoredFeedGroup stored = fake.state().feedGroups().get("course").orElseThrow();
        assertThat(stored.defaultVisibility()).isEqualTo("members");
        assertThat(stored.config().get("notification").has("track_read"))
                .as("nulls are not stored")
                .isFalse();
    }

    @Test
    void refusesToCreateAGroupThatExistsWith400Code4() throws StreamException {
        feeds.createFeedGroup(course()).execute();

        assertThatThrownBy(() -> feeds.createFeedGroup(course()).execute())
                .isInstanceOfSatisfying(StreamException.class, e -> {
                    assertThat(e.getResponseData().getStatusCode()).isEqualTo(400);
                    assertThat(e.getResponseData().getCode()).isEqualTo(4);
                });
    }

    @Test
    void getOrCreateReportsWhetherItCreatedTheGroup() throws StreamException {
        GetOrCreateFeedGroupResponse first = feeds.getOrCreateFeedGroup(
                        "course",
                        GetOrCreateFeedGroupRequest.builder()
                                .defaultVisibility("members")
                                .build())
                .execute()
                .getData();
        GetOrCreateFeedGroupResponse second = feeds.getOrCreateFeedGroup(
                        "course",
                        GetOrCreateFeedGroupRequest.builder()
                                .defaultVisibility("public")
                                .build())
                .execute()
                .getData();

        assertThat(first.getWasCreated()).isTrue();
        assertThat(second.getWasCreated()).isFalse();
        assertThat(second.getFeedGroup().getDefaultVisibility()).isEqualTo("members");
        assertThat(fake.requests("getOrCreateFeedGroup")).allMatch(r -> !r.write());
    }

    @Test
    void updatesOnlyTheFieldsSentAndGetsTheResult() throws StreamException {
        feeds.createFeedGroup(course()).execute();

        feeds.updateFeedGroup(
                        "course",
                        UpdateFeedGroupRequest.builder()
                                .defaultVisibility("followers")
                                .build())
                .execute();
        FeedGroupResponse fetched =
                feeds.getFeedGroup("course").execute().getData().getFeedGroup();

        assertThat(fetched.getDefaultVisibility()).isEqualTo("followers");
        assertThat(fetched.getActivitySelectors()).extracting(s -> s.getType()).containsExactly("current_feed");
    }

    @Test
    void softDeletedGroupIsMissingUnlessAskedForAndHardDeleteRemovesIt() throws StreamException {
        feeds.createFeedGroup(course()).execute();
        feeds.deleteFeedGroup("course").execute();

        assertThatThrownBy(() -> feeds.getFeedGroup("course").execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(16));
        assertThat(feeds.listFeedGroups().execute().getData().getGroups()).doesNotContainKey("course");
        assertThat(feeds.listFeedGroups(ListFeedGroupsRequest.builder()
                                .IncludeSoftDeleted(true)
                                .build())
                        .execute()
                        .getData()
                        .getGroups()
                        .get("course")
                        .getDeletedAt())
                .isNotNull();

        feeds.deleteFeedGroup(
                        "timeline",
                        DeleteFeedGroupRequest.builder().HardDelete(true).build())
                .execute();
        assertThat(fake.state().feedGroups().get("timeline")).isEmpty();
        assertThat(fake.requests("deleteFeedGroup")).hasSize(2).allMatch(RecordedRequest::write);
    }
}
