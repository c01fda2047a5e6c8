package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;

import io.getstream.exceptions.StreamException;
import io.getstream.models.AddActivityReactionRequest;
import io.getstream.models.AddActivityRequest;
import io.getstream.models.AddCommentRequest;
import io.getstream.models.CreateFeedGroupRequest;
import io.getstream.models.FeedInput;
import io.getstream.models.FeedMemberRequest;
import io.getstream.models.FollowRequest;
import io.getstream.models.GetOrCreateFeedRequest;
import io.getstream.models.NotificationConfig;
import io.getstream.models.UpdateAppRequest;
import io.getstream.models.UpdateFeedMembersRequest;
import io.getstream.models.UpdateUserPartialRequest;
import io.getstream.models.UpdateUsersPartialRequest;
import io.getstream.models.UpdateUsersRequest;
import io.getstream.models.UserRequest;
import io.getstream.services.Feeds;
import io.getstream.services.framework.StreamSDKClient;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same write flow with the SDK's explicit nulls and with the gateway's NON_NULL mapper. */
class FakeStreamNullHandlingTest extends FakeStreamTestSupport {

    @ParameterizedTest
    @EnumSource(SdkClients.Nulls.class)
    void acceptsTheWholeWriteFlowWithOrWithoutExplicitNulls(SdkClients.Nulls nulls) throws StreamException {
        StreamSDKClient sdk = SdkClients.client(fake, nulls);
        Feeds api = sdk.feeds();

        sdk.updateUsers(UpdateUsersRequest.builder()
                        .users(Map.of(
                                "t1",
                                UserRequest.builder().id("t1").build(),
                                "s1",
                                UserRequest.builder().id("s1").build(),
                                "s2",
                                UserRequest.builder().id("s2").build()))
                        .build())
                .execute();
        api.createFeedGroup(CreateFeedGroupRequest.builder()
                        .id("course")
                        .notification(
                                NotificationConfig.builder().trackSeen(true).build())
                        .build())
                .execute();
        api.getOrCreateFeed(
                        "course",
                        "c1",
                        GetOrCreateFeedRequest.builder()
                                .userID("t1")
                                .data(FeedInput.builder()
                                        .members(List.of(FeedMemberRequest.builder()
                                                .userID("s1")
                                                .build()))
                                        .build())
                                .build())
                .execute();
        api.getOrCreateFeed(
                        "timeline",
                        "s1",
                        GetOrCreateFeedRequest.builder().userID("s1").build())
                .execute();
        api.follow(FollowRequest.builder()
                        .source("timeline:s1")
                        .target("course:c1")
                        .build())
                .execute();
        api.updateFeedMembers(
                        "course",
                        "c1",
                        UpdateFeedMembersRequest.builder()
                                .operation("upsert")
                                .members(List.of(
                                        FeedMemberRequest.builder().userID("s2").build()))
                                .build())
                .execute();
        String activityId = api.addActivity(AddActivityRequest.builder()
                        .type("post")
                        .userID("t1")
                        .text("week 1")
                        .feeds(List.of("course:c1"))
                        .build())
                .execute()
                .getData()
                .getActivity()
                .getId();
        api.addActivityReaction(
                        activityId,
                        AddActivityReactionRequest.builder()
                                .type("like")
                                .userID("s1")
                                .build())
                .execute();
        api.addComment(AddCommentRequest.builder()
                        .comment("thanks")
                        .objectID(activityId)
                        .objectType("activity")
                        .userID("s2")
                        .build())
                .execute();
        sdk.updateApp(UpdateAppRequest.builder()
                        .webhookUrl("https://gw.example/hook")
                        .build())
                .execute();

        var timeline = api.getOrCreateFeed("timeline", "s1").execute().getData();
        assertThat(timeline.getActivities()).singleElement().satisfies(activity -> {
            assertThat(activity.getText()).isEqualTo("week 1");
            assertThat(activity.getReactionCount()).isEqualTo(1);
            assertThat(activity.getCommentCount()).isEqualTo(1);
        });
        assertThat(fake.state().feeds().members("course:c1"))
                .extracting(StoredMember::userId)
                .containsExactly("s1", "s2");
        assertThat(fake.state()
                        .feedGroups()
                        .get("course")
                        .orElseThrow()
                        .config()
                        .toString())
                .doesNotContain("null");
        assertThat(fake.state().app().settings().toString()).isEqualTo("{\"webhook_url\":\"https://gw.example/hook\"}");
        boolean sentNulls = fake.requests().stream()
                .filter(RecordedRequest::write)
                .anyMatch(r -> r.body().contains(":null"));
        assertThat(sentNulls).isEqualTo(nulls == SdkClients.Nulls.EXPLICIT);
        assertThat(fake.requests()).allMatch(RecordedRequest::succeeded);
    }

    /**
     * SDK quirk: with NON_NULL inclusion Jackson also drops null map values, so {@code set: {key: null}} arrives
     * as {@code set: {}} and clears nothing; a gateway on that mapper must use {@code unset} instead.
     */
    @ParameterizedTest
    @EnumSource(SdkClients.Nulls.class)
    void nullInsideASetMapClearsTheFieldOnlyWhenTheMapperSendsIt(SdkClients.Nulls nulls) throws StreamException {
        StreamSDKClient sdk = SdkClients.client(fake, nulls);
        sdk.updateUsers(UpdateUsersRequest.builder()
                        .users(Map.of("u", UserRequest.builder().id("u").build()))
                        .build())
                .execute();
        Instant revoked = Instant.parse("2025-01-01T00:00:00Z");
        fake.state().users().revokeTokensIssuedBefore("u", revoked);
        Map<String, Object> set = new HashMap<>();
        set.put("revoke_tokens_issued_before", null);

        sdk.updateUsersPartial(UpdateUsersPartialRequest.builder()
                        .users(List.of(UpdateUserPartialRequest.builder()
                                .id("u")
                                .set(set)
                                .build()))
                        .build())
                .execute();

        String body = fake.requests("updateUsersPartial").get(0).body();
        Instant after = fake.state().users().get("u").orElseThrow().revokeTokensIssuedBefore();
        if (nulls == SdkClients.Nulls.EXPLICIT) {
            assertThat(body).contains("\"set\":{\"revoke_tokens_issued_before\":null}");
            assertThat(after).isNull();
        } else {
            assertThat(body).contains("\"set\":{}");
            assertThat(after).isEqualTo(revoked);
        }
    }
}
