package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Follows. Follow needs existing {@code source} and {@code target} feeds (else 404 / code 16), and the target's
 * visibility must let the source's owner follow it (see {@link FollowRules}); a new follow is {@code accepted}, or
 * {@code pending} for a {@code followers} feed. What a repeated plain follow answers is not documented (the official
 * SDK test wraps it in try/catch; unverified): the fake takes the stricter reading and refuses it with 400 / code 4,
 * changing nothing. The idempotent forms (spec GetOrCreateFollows, GetOrCreateUnfollows; in SDK 4.1.1):
 * {@code POST /follows/batch/upsert} applies the same rules to every pair, keeps existing follows and answers
 * {@code follows} (all of them) and {@code created} (the new ones); {@code POST /unfollow/batch/upsert} removes the
 * pairs that exist, skips those that do not, and answers the removed ones as {@code follows}. Both check every pair
 * before changing anything. Unfollowing a missing follow with DELETE is 404 / code 16. Query filter keys:
 * {@code source_feed}, {@code target_feed}, {@code status}; newest first, cursor pagination.
 */
final class FollowRoutes {

    private static final String ROOT = "/api/v2/feeds/follows";
    private static final Filters<StoredFollow> FILTERS =
            new Filters<>(Map.<String, Function<StoredFollow, List<String>>>of(
                    "source_feed", follow -> List.of(follow.source()),
                    "target_feed", follow -> List.of(follow.target()),
                    "status", follow -> List.of(follow.status())));

    private final FakeStreamState state;

    FollowRoutes(FakeStreamState state) {
        this.state = state;
    }

    void register(RouteTable table) {
        table.add("POST", ROOT + "/query", "queryFollows", this::query)
                .add("POST", ROOT, "follow", this::follow)
                .add("POST", ROOT + "/batch/upsert", "getOrCreateFollows", this::getOrCreateFollows)
                .add("POST", "/api/v2/feeds/unfollow/batch/upsert", "getOrCreateUnfollows", this::getOrCreateUnfollows)
                .add("DELETE", ROOT + "/{source}/{target}", "unfollow", this::unfollow);
    }

    private ObjectNode follow(Call call) {
        JsonNode body = call.body();
        String status = check(body, "");
        String source = Json.text(body, "source");
        String target = Json.text(body, "target");
        if (state.follows().exists(source, target)) {
            throw StreamError.badRequest("follow " + source + " -> " + target + " already exists");
        }
        StoredFollow follow = store(body, status);
        ObjectNode result = answer(follow);
        if (Json.flag(body, "create_notification_activity")) {
            result.put("notification_created", notifyFollow(follow)); // spec SingleFollowResponse
        }
        return result;
    }

    /**
     * The follow notification of {@code create_notification_activity} (see {@link NotificationActivities}). Only a
     * follow that is created notifies; a pending one does not until accepted (unverified), an existing one kept by
     * the batch upsert never does (unverified; the deduplication would drop it anyway).
     */
    private boolean notifyFollow(StoredFollow follow) {
        if (!"accepted".equals(follow.status())) {
            return false;
        }
        return new NotificationActivities(state)
                .follow(FeedReads.requireFeed(state, follow.source()), FeedReads.requireFeed(state, follow.target()));
    }

    private ObjectNode getOrCreateFollows(Call call) {
        JsonNode requests = Json.field(call.body(), "follows");
        if (requests == null || !requests.isArray()) {
            throw StreamError.invalidField("follows", "follows is required");
        }
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            statuses.add(check(requests.get(i), "follows[" + i + "]."));
        }
        ObjectNode result = Json.object();
        ArrayNode follows = result.putArray("follows");
        ArrayNode created = result.putArray("created");
        for (int i = 0; i < requests.size(); i++) {
            JsonNode request = requests.get(i);
            StoredFollow existing = state.follows()
                    .get(Json.text(request, "source"), Json.text(request, "target"))
                    .orElse(null);
            StoredFollow follow = existing != null ? existing : store(request, statuses.get(i));
            follows.add(FeedJson.follow(state, follow));
            if (existing == null) {
                created.add(FeedJson.follow(state, follow));
                if (Json.flag(request, "create_notification_activity")) {
                    notifyFollow(follow); // FollowBatchResponse has no notification_created (spec)
                }
            }
        }
        return result;
    }

    private ObjectNode getOrCreateUnfollows(Call call) {
        JsonNode pairs = Json.field(call.body(), "follows");
        if (pairs == null || !pairs.isArray()) {
            throw StreamError.invalidField("follows", "follows is required");
        }
        for (int i = 0; i < pairs.size(); i++) {
            if (Json.text(pairs.get(i), "source") == null || Json.text(pairs.get(i), "target") == null) {
                throw StreamError.invalidField("follows[" + i + "]", "source and target are required");
            }
        }
        ObjectNode result = Json.object();
        ArrayNode removed = result.putArray("follows");
        for (JsonNode pair : pairs) {
            String source = Json.text(pair, "source");
            String target = Json.text(pair, "target");
            state.follows().get(source, target).ifPresent(follow -> {
                removed.add(FeedJson.follow(state, follow));
                state.follows().remove(source, target);
            });
        }
        return result;
    }

    /** Checks one follow request and answers the status a new follow would get; throws Stream's refusal. */
    private String check(JsonNode request, String prefix) {
        String source = Json.text(request, "source");
        String target = Json.text(request, "target");
        if (source == null || target == null || source.equals(target)) {
            throw StreamError.invalidField(prefix + "source", "source and target are required and must differ");
        }
        StoredFeed sourceFeed = FeedReads.requireFeed(state, source);
        StoredFeed targetFeed = FeedReads.requireFeed(state, target);
        return FollowRules.statusFor(state, sourceFeed, targetFeed);
    }

    private StoredFollow store(JsonNode request, String status) {
        Instant now = state.now();
        String push = Json.text(request, "push_preference");
        StoredFollow follow = new StoredFollow(
                Json.text(request, "source"),
                Json.text(request, "target"),
                status,
                push == null ? "all" : push,
                Json.withoutNulls(Json.field(request, "custom")),
                now,
                now,
                state.nextSeq());
        state.follows().put(follow);
        return follow;
    }

    private ObjectNode unfollow(Call call) {
        String source = call.param("source");
        String target = call.param("target");
        StoredFollow follow = state.follows()
                .get(source, target)
                .orElseThrow(() -> StreamError.notFound("follow " + source + " -> " + target + " does not exist"));
        state.follows().remove(source, target);
        return answer(follow);
    }

    private ObjectNode query(Call call) {
        JsonNode body = call.body();
        List<StoredFollow> matches = state.follows().all().stream()
                .filter(FILTERS.parse(Json.field(body, "filter")))
                .sorted(Comparator.comparingLong(StoredFollow::seq).reversed())
                .toList();
        Paging.Page<StoredFollow> page =
                Paging.page(matches, StoredFollow::seq, true, Json.integer(body, "limit"), Json.text(body, "next"));
        ObjectNode result = Json.object();
        ArrayNode follows = result.putArray("follows");
        page.items().forEach(follow -> follows.add(FeedJson.follow(state, follow)));
        if (page.next() != null) {
            result.put("next", page.next());
        }
        return result;
    }

    private ObjectNode answer(StoredFollow follow) {
        ObjectNode result = Json.object();
        result.set("follow", FeedJson.follow(state, follow));
        return result;
    }
}
