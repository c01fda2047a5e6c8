package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/**
 * App settings changed through {@code PATCH /api/v2/app}. Only keys that were sent with a non-null value are
 * kept (a JSON null never resets a setting, so an app-wide revocation cannot be lifted over the wire; use
 * {@link #revokeTokensIssuedBefore(Instant)} in tests).
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

  /** Stores every non-null key of {@code patch}; the revocation time is normalised to RFC 3339 UTC. */
  void update(JsonNode patch) {
    synchronized (lock) {
      patch.fields().forEachRemaining(entry -> {
        if (!entry.getValue().isNull()) {
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
