package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * The enums a feed group body must respect, checked before anything is stored; a violation is 400 / code 4
 * with {@code exception_fields} naming the field.
 */
final class FeedGroupRules {

    /** Spec ActivitySelectorConfig.type (required). */
    static final Set<String> SELECTOR_TYPES =
            Set.of("popular", "proximity", "following", "current_feed", "query", "interest", "follow_suggestion");

    /** Spec CreateFeedGroupRequest.default_visibility and FeedInput.visibility. */
    static final Set<String> VISIBILITIES = Set.of("public", "visible", "followers", "members", "private");

    private FeedGroupRules() {}

    /** Checks {@code default_visibility} and every {@code activity_selectors[].type} of a create/update body. */
    static void check(JsonNode body) {
        String visibility = Json.text(body, "default_visibility");
        if (visibility != null && !VISIBILITIES.contains(visibility)) {
            throw StreamError.invalidField(
                    "default_visibility",
                    "default_visibility must be one of "
                            + String.join(", ", VISIBILITIES.stream().sorted().toList()));
        }
        JsonNode selectors = Json.field(body, "activity_selectors");
        if (selectors == null) {
            return;
        }
        if (!selectors.isArray()) {
            throw StreamError.invalidField("activity_selectors", "activity_selectors must be a list");
        }
        for (int i = 0; i < selectors.size(); i++) {
            String type = Json.text(selectors.get(i), "type");
            if (type == null || !SELECTOR_TYPES.contains(type)) {
                throw StreamError.invalidField(
                        "activity_selectors[" + i + "].type",
                        "activity selector type "
                                + (type == null
                                        ? "is required"
                                        : "'" + type + "' is not one of "
                                                + String.join(
                                                        ", ",
                                                        SELECTOR_TYPES.stream()
                                                                .sorted()
                                                                .toList())));
            }
        }
    }

    /** A feed's own {@code data.visibility}, when given, must be one of {@link #VISIBILITIES} (spec FeedInput). */
    static void checkFeedVisibility(String visibility) {
        if (visibility != null && !VISIBILITIES.contains(visibility)) {
            throw StreamError.invalidField(
                    "data.visibility",
                    "data.visibility must be one of "
                            + String.join(", ", VISIBILITIES.stream().sorted().toList()));
        }
    }
}
