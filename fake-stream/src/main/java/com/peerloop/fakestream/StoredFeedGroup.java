package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A feed group. {@code config} keeps every non-null field of the create/update body except {@code id}
 * ({@code default_visibility}, {@code activity_selectors}, {@code notification}, {@code custom}, ...) as raw JSON.
 *
 * @param deletedAt set when soft-deleted; a soft-deleted group behaves as missing
 */
public record StoredFeedGroup(String id, JsonNode config, Instant createdAt, Instant updatedAt, Instant deletedAt) {

    /** {@code default_visibility}, or {@code visible} (Stream's default) when unset. */
    public String defaultVisibility() {
        String value = Json.text(config, "default_visibility");
        return value == null ? "visible" : value;
    }

    /** Whether {@code activity_selectors} contains a selector of the given type, e.g. {@code following}. */
    public boolean hasSelector(String type) {
        JsonNode selectors = Json.field(config, "activity_selectors");
        if (selectors == null || !selectors.isArray()) {
            return false;
        }
        for (JsonNode selector : selectors) {
            if (type.equals(Json.text(selector, "type"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code aggregation.format} (spec AggregationConfig.format), or {@code null} when the group does not aggregate.
     * A blank format counts as none (the spec gives the field minLength 1).
     */
    public String aggregationFormat() {
        String format = Json.text(Json.field(config, "aggregation"), "format");
        return format == null || format.isBlank() ? null : format;
    }

    /** {@code notification.track_read} (spec NotificationConfig); unset is false. */
    public boolean tracksRead() {
        return Json.flag(Json.field(config, "notification"), "track_read");
    }

    /** {@code notification.track_seen} (spec NotificationConfig); unset is false. */
    public boolean tracksSeen() {
        return Json.flag(Json.field(config, "notification"), "track_seen");
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
