package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A feed member.
 *
 * @param role {@code feed_member} unless the request set {@code feed_moderator}
 * @param status {@code member}, or {@code pending} when added with {@code invite: true}
 */
public record StoredMember(
        String fid, String userId, String role, String status, JsonNode custom, Instant createdAt, Instant updatedAt) {}
