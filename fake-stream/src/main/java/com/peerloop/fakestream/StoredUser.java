package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A user as the fake stores it. JSON-valued fields are read-only snapshots; build a new record to change them.
 *
 * @param custom custom data object, never {@code null} (empty object when unset)
 * @param revokeTokensIssuedBefore user tokens with an {@code iat} before this are refused; {@code null} = none
 */
public record StoredUser(
        String id,
        String name,
        String image,
        String role,
        JsonNode custom,
        Instant createdAt,
        Instant updatedAt,
        Instant revokeTokensIssuedBefore) {

    /** A plain user with role {@code user}, created and updated at {@code at}. */
    public static StoredUser of(String id, String name, Instant at) {
        return new StoredUser(id, name, null, "user", Json.object(), at, at, null);
    }

    public StoredUser withRevokeTokensIssuedBefore(Instant before) {
        return new StoredUser(id, name, image, role, custom, createdAt, updatedAt, before);
    }
}
