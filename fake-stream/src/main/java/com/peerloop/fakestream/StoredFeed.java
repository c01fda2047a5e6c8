package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A feed, identified by {@code group:id}.
 *
 * @param visibility the feed's own visibility from {@code data.visibility}, or {@code null} to use the group's default
 * @param createdBy the {@code user_id} that created the feed, {@code null} when the request carried none
 */
public record StoredFeed(
        String group,
        String id,
        String name,
        String description,
        String visibility,
        List<String> filterTags,
        JsonNode custom,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public StoredFeed {
        filterTags = List.copyOf(filterTags);
    }

    /** The feed id ("fid"), e.g. {@code user:alice}. */
    public String fid() {
        return group + ":" + id;
    }
}
