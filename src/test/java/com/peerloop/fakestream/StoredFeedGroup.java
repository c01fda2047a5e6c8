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

  public boolean isDeleted() {
    return deletedAt != null;
  }
}
