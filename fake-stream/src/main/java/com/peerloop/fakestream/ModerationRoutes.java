package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code POST /api/v2/moderation/flag} and {@code POST /api/v2/moderation/review_queue}. */
final class ModerationRoutes {

    private static final Filters<StoredReviewItem> QUEUE_FILTERS = new Filters<>(Map.of(
            "entity_type", item -> List.of(item.entityType()),
            "entity_id", item -> List.of(item.entityId()),
            "entity_creator_id", item -> optional(item.entityCreatorId()),
            "status", item -> List.of(ModerationJson.UNREVIEWED)));

    private final FakeStreamState state;

    ModerationRoutes(FakeStreamState state) {
        this.state = state;
    }

    void register(RouteTable table) {
        table.add("POST", "/api/v2/moderation/flag", "flag", this::flag)
                .add("POST", "/api/v2/moderation/review_queue", "queryReviewQueue", this::queryReviewQueue);
    }

    /**
     * Files the user's flag on the entity's review queue item, creating the item on the first flag (spec operation
     * flag: "Flag any type of content ... for moderation review", answering FlagItemResponse.item_id, the item's
     * id). Any entity type is accepted and the entity is not looked up (spec: custom content types are supported).
     * A second flag of the same entity by the same user follows {@link ModerationState#repeatedFlags()}
     * (unverified).
     */
    private ObjectNode flag(Call call) {
        String reporter = ActingUser.of(state, call, "Flag");
        JsonNode body = call.body();
        String entityType = Json.text(body, "entity_type");
        String entityId = Json.text(body, "entity_id");
        String creator = Json.text(body, "entity_creator_id");
        Instant now = state.now();
        ModerationState moderation = state.moderation();
        StoredReviewItem item = moderation.item(entityType, entityId).orElse(null);
        ObjectNode result = Json.object();
        if (item != null && moderation.flag(item.id(), reporter).isPresent()) {
            if (moderation.repeatedFlags() == ModerationState.RepeatedFlag.REFUSE) {
                throw StreamError.badRequest("Flag failed with error: \"" + entityType + " " + entityId
                        + " was already flagged by user " + reporter + "\"");
            }
            result.put("item_id", item.id());
            return result;
        }
        item = item == null
                ? new StoredReviewItem(
                        UUID.randomUUID().toString(), entityType, entityId, creator, now, now, state.nextSeq())
                : item.flaggedAgain(creator, now);
        moderation.putItem(item);
        JsonNode custom = Json.withoutNulls(Json.field(body, "custom"));
        moderation.putFlag(new StoredFlag(
                item.id(),
                entityType,
                entityId,
                creator,
                reporter,
                Json.text(body, "reason"),
                custom == null ? Json.object() : custom,
                now,
                state.nextSeq()));
        result.put("item_id", item.id());
        return result;
    }

    /**
     * Newest items first (unverified), paged by {@code limit}/{@code next}; {@code filter} understands
     * {@code entity_type}, {@code entity_id}, {@code entity_creator_id} and {@code status} (built-in fields named by
     * spec QueryReviewQueueRequest.filter) and refuses any other key. {@code action_config} and {@code stats} are
     * required (spec QueryReviewQueueResponse) and answered empty.
     */
    private ObjectNode queryReviewQueue(Call call) {
        JsonNode body = call.body();
        var matches = QUEUE_FILTERS.parse(Json.field(body, "filter"));
        List<StoredReviewItem> queue = state.moderation().items().stream()
                .filter(matches)
                .sorted(Comparator.comparingLong(StoredReviewItem::seq).reversed())
                .toList();
        Paging.Page<StoredReviewItem> page =
                Paging.page(queue, StoredReviewItem::seq, true, Json.integer(body, "limit"), Json.text(body, "next"));
        ObjectNode result = Json.object();
        var items = result.putArray("items");
        page.items().forEach(item -> items.add(ModerationJson.item(state, item)));
        if (page.next() != null) {
            result.put("next", page.next());
        }
        result.putObject("action_config");
        result.putObject("stats");
        return result;
    }

    private static List<String> optional(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
