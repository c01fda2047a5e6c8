package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/**
 * App settings changed through {@code PATCH /api/v2/app}. A key sent with a value is stored; a key sent as an
 * explicit JSON null resets that setting to its default, as the SDK maintainers describe the backend doing with
 * 4.1.1's null-filled bodies ("zero out existing values on partial updates", e.g. {@code webhook_url}; stream-sdk-java
 * PR #46, reference §3, §7). So an SDK 4.1.1 {@code updateApp} for one setting wipes the webhook settings and
 * lifts an app-wide revocation ("setting the field to null undoes it", docs: tokens-and-authentication). Keys
 * not sent stay as they were.
 */
public final class AppState {

    static final String REVOKE = "revoke_tokens_issued_before";

    private final Object lock;
    private final ObjectNode settings = Json.object();

    AppState(Object lock) {
        this.lock = lock;
    }

    /** A copy of every setting stored so far (not including the defaults {@code GET /api/v2/app} adds). */
    public JsonNode settings() {
        synchronized (lock) {
            return settings.deepCopy();
        }
    }

    /** The app-wide token revocation time, if any. */
    public Optional<Instant> revokeTokensIssuedBefore() {
        synchronized (lock) {
            String value = Json.text(settings, REVOKE);
            return Optional.ofNullable(value).map(Json::parseTime);
        }
    }

    /** Sets or (with {@code null}) clears the app-wide token revocation time. */
    public void revokeTokensIssuedBefore(Instant before) {
        synchronized (lock) {
            if (before == null) {
                settings.remove(REVOKE);
            } else {
                settings.put(REVOKE, Json.time(before));
            }
        }
    }

    /**
     * Stores every key of {@code patch} with a value and resets (removes) every key sent as null; the revocation
     * time is normalised to RFC 3339 UTC.
     */
    void update(JsonNode patch) {
        synchronized (lock) {
            patch.fields().forEachRemaining(entry -> {
                if (entry.getValue().isNull()) {
                    settings.remove(entry.getKey());
                } else {
                    settings.set(entry.getKey(), Json.withoutNulls(entry.getValue()));
                }
            });
            String revoke = Json.text(patch, REVOKE);
            if (revoke != null) {
                settings.put(REVOKE, Json.time(Json.parseTime(revoke)));
            }
        }
    }

    void clear() {
        synchronized (lock) {
            settings.removeAll();
        }
    }
}
