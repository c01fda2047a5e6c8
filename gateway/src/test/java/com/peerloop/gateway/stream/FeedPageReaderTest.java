package com.peerloop.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.peerloop.fakestream.RecordedRequest;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.ActivityPage;
import com.peerloop.testsupport.GatewayTestBase;
import io.getstream.models.ActivityPinResponse;
import io.getstream.models.AddActivityReactionRequest;
import io.getstream.models.AddActivityRequest;
import io.getstream.models.AddCommentRequest;
import io.getstream.models.Attachment;
import io.getstream.models.GetOrCreateFeedResponse;
import io.getstream.models.PinActivityRequest;
import io.getstream.models.UpdateUsersRequest;
import io.getstream.models.UserRequest;
import io.getstream.services.framework.StreamSDKClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The gated feed read's own request and parsing ({@link FeedPageReader}) against the SDK's: the same request, the
 * same page from the same answer, field by field, and the same {@link StreamFailure} kinds.
 */
class FeedPageReaderTest extends GatewayTestBase {

    private static final Feed FEED = new Feed(FeedGroup.COURSE, "lean-read-pages");
    private static final String GATEWAY = SdkFeedStore.SYSTEM_USER;

    @Autowired
    private SdkFeedStore store;

    @Autowired
    private StreamSDKClient client;

    @Autowired
    private StreamProperties properties;

    @Autowired
    private Clock clock;

    @Test
    void readsThePagesTheSdkReadsFromTheSameRequests() throws Exception {
        store.ensureFeeds(List.of(FEED));
        seed(FEED);
        stream.clearRequests();

        ActivityPage first = store.page(FEED, 2, null);
        RecordedRequest lean = onlyFeedRead();
        GetOrCreateFeedResponse sdk = client.feeds()
                .getOrCreateFeed(FEED.group().id(), FEED.id(), request(2, null))
                .execute()
                .getData();
        RecordedRequest sdkRequest = onlyFeedRead();

        assertThat(lean.method()).isEqualTo(sdkRequest.method());
        assertThat(lean.path()).isEqualTo(sdkRequest.path());
        assertThat(lean.query()).isEqualTo(sdkRequest.query());
        assertThat(lean.json()).isEqualTo(sdkRequest.json());
        assertThat(lean.body()).isEqualTo(sdkRequest.body());
        assertThat(withoutTracing(lean.headers())).isEqualTo(withoutTracing(sdkRequest.headers()));
        assertThat(first).usingRecursiveComparison().isEqualTo(sdkPage(sdk));

        // what the fake holds made it into the comparison
        assertThat(first.activities()).hasSize(2);
        assertThat(first.next()).isNotNull();
        Activity linked = first.activities().get(0);
        assertThat(linked.attachments()).containsExactly("https://img.example/a.png", "https://example.org/talk");
        assertThat(linked.custom()).isEqualTo(Map.of("topic", "streams"));
        assertThat(linked.editedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
        assertThat(linked.actor().name()).isEqualTo("Lean Author");
        assertThat(first.activities().get(1).reactionCounts()).isEqualTo(Map.of("like", 2, "wow", 1));
        assertThat(first.activities().get(1).commentCount()).isEqualTo(1);
        assertThat(first.pinned()).extracting(Activity::text).containsExactly("pinned");

        ActivityPage second = store.page(FEED, 2, first.next());
        ActivityPage sdkSecond = sdkPage(client.feeds()
                .getOrCreateFeed(FEED.group().id(), FEED.id(), request(2, first.next()))
                .execute()
                .getData());
        assertThat(second).usingRecursiveComparison().isEqualTo(sdkSecond);
        assertThat(second.activities()).isNotEmpty();
    }

    @Test
    void parsesTheFakesAnswerAsTheSdkBindsIt() throws Exception {
        Feed feed = new Feed(FeedGroup.COURSE, "lean-read-answer");
        store.ensureFeeds(List.of(feed));
        seed(feed);
        stream.clearRequests();
        store.page(feed, 10, null);
        String body = onlyFeedRead().response();

        assertSameBothWays(body);
    }

    @Test
    void parsesEveryShapeOfAnAnswerAsTheSdkBindsIt() throws Exception {
        String activity = """
                {"id":"a1","type":"post","text":"full","feeds":["course:x","user:u1"],
                 "attachments":[{"type":"image","image_url":"https://i/1"},{"title_link":"https://t/1"},
                                {"asset_url":"https://a/1","image_url":"https://i/2"},{"type":"empty"}],
                 "custom":{"topic":"java","peerloop_edited_at":"2026-01-02T03:04:05.678Z",
                           "nested":{"n":1.5,"big":12345678901234,"l":[1,"two",null,true]}},
                 "user":{"id":"u1","name":"Una","image":"https://u/1","custom":{"x":1},
                         "created_at":"2025-01-01T00:00:00Z","teams":["t"]},
                 "created_at":1735787045123456789,
                 "reaction_groups":{"like":{"count":2,"first_reaction_at":"2025-01-02T00:00:00Z"},
                                    "sad":{"count":0},"wow":null,"love":{"count":null}},
                 "comment_count":3,
                 "latest_reactions":[{"type":"like","user":{"id":"u2"}}],"own_reactions":[],
                 "comments":[{"id":"c1","text":"hi","user":{"id":"u2"}}],"own_bookmarks":[],
                 "current_feed":{"id":"x","visibility":"public"},"parent":{"id":"a0","text":"parent"}}
                """;
        String bare = """
                {"id":"a2","type":"note","edited_at":"2026-01-03T00:00:00.123456Z",
                 "created_at":"2025-02-03T04:05:06+01:00","custom":{"peerloop_edited_at":"2020-01-01T00:00:00Z"},"text":null,"user":null,"feeds":null,
                 "attachments":null,"comment_count":null,"reaction_groups":null}
                """;
        String deleted = """
                {"id":"a3","type":"post","deleted_at":"2026-01-01T00:00:00Z","created_at":"2025-01-01T00:00:00Z"}
                """;
        String answer = """
                {"duration":"1.00ms","created":false,
                 "feed":{"id":"x","group_id":"course","feed":"course:x","visibility":"visible",
                         "created_by":{"id":"peerloop-gateway","custom":{}},"own_capabilities":["read-feed"]},
                 "followers":[{"source_feed":{"id":"y"}}],"following":[],"members":[{"user":{"id":"m"}}],
                 "aggregated_activities":[],"notification_status":{"unread":1},
                 "activities":[%1$s,%2$s],
                 "next":"%4$s",
                 "pinned_activities":[
                   {"created_at":"2026-01-01T00:00:00Z","activity":%2$s,"user":{"id":"u1"}},
                   {"created_at":"2026-01-03T00:00:00Z","activity":%3$s},
                   {"created_at":"2026-01-02T00:00:00Z","activity":%1$s},
                   {"activity":%1$s},
                   {"created_at":"2026-01-04T00:00:00Z","activity":null}]}
                """;

        for (String next : List.of("cursor-2", "", " ")) {
            FeedPageReader.FeedPage lean = assertSameBothWays(answer.formatted(activity, bare, deleted, next));

            assertThat(lean.visibility()).isEqualTo("visible");
            assertThat(lean.page().next()).isEqualTo(next.isBlank() ? null : next);
            Activity full = lean.page().activities().get(0);
            assertThat(full.attachments()).containsExactly("https://i/1", "https://t/1", "https://a/1");
            assertThat(full.custom()).doesNotContainKey(SdkModels.EDITED_AT).containsKeys("topic", "nested");
            assertThat(full.editedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
            assertThat(full.createdAt()).isEqualTo(Instant.parse("2025-01-02T03:04:05.123Z"));
            assertThat(full.reactionCounts()).isEqualTo(Map.of("like", 2));
            assertThat(lean.page().activities().get(1).editedAt()).isEqualTo(Instant.parse("2026-01-03T00:00:00.123Z"));
            assertThat(lean.page().pinned()).extracting(Activity::id).containsExactly("a1", "a2", "a1");
        }
    }

    @Test
    void failsWithTheKindsTheSdkReadFailsWith() throws Exception {
        store.ensureFeeds(List.of(FEED));
        for (int status : List.of(404, 400, 408, 429, 500, 503)) {
            Isolated isolated = isolated(stream.baseUrl());
            stream.failAlways("getOrCreateFeed", status);
            stream.clearRequests();
            StreamFailure lean = catchThrowableOfType(
                    StreamFailure.class, () -> isolated.store().page(FEED, 5, null));
            int leanRequests = stream.requests("getOrCreateFeed").size();
            stream.clearRequests();
            StreamFailure sdk = catchThrowableOfType(StreamFailure.class, isolated::sdkRead);

            assertSameFailure(lean, sdk, "status " + status);
            assertThat(leanRequests)
                    .isEqualTo(stream.requests("getOrCreateFeed").size());
        }
        stream.heal();

        Isolated unreachable = isolated(URI.create("http://127.0.0.1:" + closedPort() + "/"));
        StreamFailure lean = catchThrowableOfType(
                StreamFailure.class, () -> unreachable.store().page(FEED, 5, null));
        StreamFailure sdk = catchThrowableOfType(StreamFailure.class, unreachable::sdkRead);
        assertSameFailure(lean, sdk, "no answer");
        assertThat(lean.kind()).isEqualTo(StreamFailure.Kind.UNAVAILABLE);
        assertThat(lean.status()).isNull();
    }

    /** Parses the body with the lean reader and with the SDK's binding and mapping; the two pages must be equal. */
    private FeedPageReader.FeedPage assertSameBothWays(String body) throws IOException {
        ObjectMapper mapper = client.getHttpClient().getObjectMapper();
        GetOrCreateFeedResponse sdk = mapper.readValue(body, GetOrCreateFeedResponse.class);
        FeedPageReader.FeedPage lean = new FeedPageReader(client.getHttpClient())
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));

        assertThat(lean.page()).usingRecursiveComparison().isEqualTo(sdkPage(sdk));
        assertThat(lean.visibility())
                .isEqualTo(sdk.getFeed() == null ? null : sdk.getFeed().getVisibility());
        return lean;
    }

    /** What {@code SdkFeedStore.page} and {@code pinned} made of the SDK's answer before the lean read. */
    private static ActivityPage sdkPage(GetOrCreateFeedResponse response) {
        List<Activity> activities = response.getActivities() == null
                ? List.of()
                : response.getActivities().stream().map(SdkModels::activity).toList();
        String next = response.getNext() == null || response.getNext().isBlank() ? null : response.getNext();
        List<Activity> pinned = response.getPinnedActivities() == null
                ? List.of()
                : response.getPinnedActivities().stream()
                        .filter(pin ->
                                pin.getActivity() != null && pin.getActivity().getDeletedAt() == null)
                        .sorted(Comparator.comparing(
                                ActivityPinResponse::getCreatedAt,
                                Comparator.nullsLast(Comparator.<Date>reverseOrder())))
                        .map(pin -> SdkModels.activity(pin.getActivity()))
                        .toList();
        return new ActivityPage(activities, next, pinned);
    }

    private static io.getstream.models.GetOrCreateFeedRequest request(int limit, String next) {
        return SdkFeedStore.activitiesOnly(FEED).limit(limit).next(next).build();
    }

    /**
     * Newest first: a plain post; one with reactions and a comment; one with an image, a link and an edit time in
     * its custom data; a pinned one; and a pinned one deleted since.
     */
    private void seed(Feed feed) throws Exception {
        client.updateUsers(UpdateUsersRequest.builder()
                        .users(Map.of(
                                "lean_author",
                                UserRequest.builder()
                                        .id("lean_author")
                                        .name("Lean Author")
                                        .image("https://img.example/author.png")
                                        .build(),
                                "lean_reader",
                                UserRequest.builder().id("lean_reader").build()))
                        .build())
                .execute();
        String deleted = add(feed, "deleted pinned", null, null);
        String pinned = add(feed, "pinned", null, null);
        add(feed, "plain", null, null);
        String reacted = add(feed, "reacted", null, null);
        add(
                feed,
                "with links",
                List.of(
                        Attachment.builder()
                                .type("image")
                                .imageUrl("https://img.example/a.png")
                                .build(),
                        Attachment.builder()
                                .type("link")
                                .titleLink("https://example.org/talk")
                                .build()),
                Map.of("topic", "streams", SdkModels.EDITED_AT, "2026-01-02T03:04:05.678Z"));
        for (String type : List.of("like", "wow")) {
            client.feeds()
                    .addActivityReaction(
                            reacted,
                            AddActivityReactionRequest.builder()
                                    .type(type)
                                    .userID("lean_reader")
                                    .build())
                    .execute();
        }
        client.feeds()
                .addActivityReaction(
                        reacted,
                        AddActivityReactionRequest.builder()
                                .type("like")
                                .userID("lean_author")
                                .build())
                .execute();
        client.feeds()
                .addComment(AddCommentRequest.builder()
                        .comment("a comment")
                        .objectID(reacted)
                        .objectType("activity")
                        .userID("lean_reader")
                        .build())
                .execute();
        for (String id : List.of(deleted, pinned)) {
            client.feeds()
                    .pinActivity(
                            feed.group().id(),
                            feed.id(),
                            id,
                            PinActivityRequest.builder().userID(GATEWAY).build())
                    .execute();
        }
        client.feeds().deleteActivity(deleted).execute();
    }

    private String add(Feed feed, String text, List<Attachment> attachments, Map<String, Object> custom)
            throws Exception {
        return client.feeds()
                .addActivity(AddActivityRequest.builder()
                        .type("post")
                        .feeds(List.of(feed.fid()))
                        .text(text)
                        .userID("lean_author")
                        .attachments(attachments)
                        .custom(custom)
                        .build())
                .execute()
                .getData()
                .getActivity()
                .getId();
    }

    private RecordedRequest onlyFeedRead() {
        List<RecordedRequest> reads = stream.requests("getOrCreateFeed");
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).succeeded()).isTrue();
        stream.clearRequests();
        return reads.get(0);
    }

    private static Map<String, String> withoutTracing(Map<String, String> headers) {
        return headers.entrySet().stream()
                .filter(h -> !h.getKey().equals("traceparent") && !h.getKey().equals("tracestate"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void assertSameFailure(StreamFailure lean, StreamFailure sdk, String what) {
        assertThat(lean).as(what).isNotNull();
        assertThat(sdk).as(what).isNotNull();
        assertThat(lean.kind()).as(what).isEqualTo(sdk.kind());
        assertThat(lean.status()).as(what).isEqualTo(sdk.status());
        assertThat(lean.isTransient()).as(what).isEqualTo(sdk.isTransient());
        assertThat(lean.isRetryable()).as(what).isEqualTo(sdk.isRetryable());
        assertThat(lean.retryAfter() == null).as(what).isEqualTo(sdk.retryAfter() == null);
    }

    /** A store and its SDK client on their own breakers and retries, so that failures here count nowhere else. */
    private record Isolated(SdkFeedStore store, StreamCalls calls, StreamSDKClient client) {

        GetOrCreateFeedResponse sdkRead() {
            return calls.read(
                    "getOrCreateFeed",
                    () -> client.feeds()
                            .getOrCreateFeed(FEED.group().id(), FEED.id(), request(5, null))
                            .execute());
        }
    }

    private Isolated isolated(URI baseUrl) {
        StreamSDKClient isolatedClient = new StreamSDKClient(new ConfiguredStreamHttpClient(
                properties.apiKey(), properties.apiSecret(), baseUrl, properties.timeout(), ObservationRegistry.NOOP));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        StreamResilienceConfiguration resilience = new StreamResilienceConfiguration();
        StreamCalls calls = new StreamCalls(
                clock,
                resilience.streamCircuitBreakers(properties, meters),
                resilience.streamReadRetries(properties, meters),
                meters,
                properties);
        return new Isolated(
                new SdkFeedStore(isolatedClient, calls, new GatedFeeds(meters), clock), calls, isolatedClient);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
