package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Follows. Follow needs existing {@code source} and {@code target} feeds (else 404 / code 16) and is idempotent:
 * repeating it answers the existing follow unchanged. New follows are {@code accepted} at once. Unfollowing a
 * missing follow is 404 / code 16. Query filter keys: {@code source_feed}, {@code target_feed}, {@code status};
 * newest first, cursor pagination.
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
        .add("DELETE", ROOT + "/{source}/{target}", "unfollow", this::unfollow);
  }

  private ObjectNode follow(Call call) {
    JsonNode body = call.body();
    String source = Json.text(body, "source");
    String target = Json.text(body, "target");
    if (source == null || target == null || source.equals(target)) {
      throw StreamError.badRequest("source and target are required and must differ");
    }
    FeedReads.requireFeed(state, source);
    FeedReads.requireFeed(state, target);
    StoredFollow follow = state.follows().get(source, target).orElse(null);
    if (follow == null) {
      Instant now = state.now();
      String push = Json.text(body, "push_preference");
      follow = new StoredFollow(source, target, "accepted", push == null ? "all" : push,
          Json.withoutNulls(Json.field(body, "custom")), now, now, state.nextSeq());
      state.follows().put(follow);
    }
    return answer(follow);
  }

  private ObjectNode unfollow(Call call) {
    String source = call.param("source");
    String target = call.param("target");
    StoredFollow follow = state.follows().get(source, target)
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
    Paging.Page<StoredFollow> page = Paging.page(matches, StoredFollow::seq, true,
        Json.integer(body, "limit"), Json.text(body, "next"));
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
