package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders review queue items and flags as the SDK's {@code ReviewQueueItemResponse} and {@code ModerationFlagResponse}. */
final class ModerationJson {

    /** The status of an item nobody has reviewed yet (unverified: the spec leaves the values open). */
    static final String UNREVIEWED = "pending";

    private ModerationJson() {}

    /** Every required field of spec ReviewQueueItemResponse; the fake keeps no moderator actions, bans or AI scores. */
    static ObjectNode item(FakeStreamState state, StoredReviewItem item) {
        ObjectNode json = Json.object();
        json.put("id", item.id());
        json.put("entity_type", item.entityType());
        json.put("entity_id", item.entityId());
        if (item.entityCreatorId() != null) {
            json.put("entity_creator_id", item.entityCreatorId());
        }
        json.put("status", UNREVIEWED);
        json.put("recommended_action", "");
        json.put("latest_moderator_action", "");
        json.put("reviewed_by", "");
        json.put("ai_text_severity", "");
        json.put("severity", 0);
        json.put("escalated", false);
        json.putArray("actions");
        json.putArray("bans");
        json.putArray("languages");
        var flags = json.putArray("flags");
        state.moderation().flags(item.id()).forEach(flag -> flags.add(flag(state, flag)));
        json.put("flags_count", flags.size());
        Json.putTime(json, "created_at", item.createdAt());
        Json.putTime(json, "updated_at", item.updatedAt());
        return json;
    }

    /** Spec ModerationFlagResponse; {@code type} is {@code flag} (unverified) and {@code result} empty. */
    static ObjectNode flag(FakeStreamState state, StoredFlag flag) {
        ObjectNode json = Json.object();
        json.put("type", "flag");
        json.put("entity_type", flag.entityType());
        json.put("entity_id", flag.entityId());
        if (flag.entityCreatorId() != null) {
            json.put("entity_creator_id", flag.entityCreatorId());
        }
        json.put("user_id", flag.userId());
        json.set("user", UserJson.user(state, flag.userId()));
        if (flag.reason() != null) {
            json.put("reason", flag.reason());
        }
        json.set("custom", flag.custom().deepCopy());
        json.put("review_queue_item_id", flag.itemId());
        json.putArray("result");
        Json.putTime(json, "created_at", flag.createdAt());
        Json.putTime(json, "updated_at", flag.createdAt());
        return json;
    }
}
