package com.peerloop.fakestream;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Users known to the fake (only those upserted over the wire or put here; nothing is auto-created). */
public final class UserState {

  private final Table<StoredUser> users;

  UserState(Object lock) {
    this.users = new Table<>(lock);
  }

  public Optional<StoredUser> get(String id) {
    return users.get(id);
  }

  /** All users in creation order. */
  public List<StoredUser> all() {
    return users.all();
  }

  /** Inserts or replaces a user, e.g. to create drift in a test. */
  public void put(StoredUser user) {
    users.put(user.id(), user);
  }

  public boolean remove(String id) {
    return users.remove(id);
  }

  /**
   * Sets (or with {@code null} clears) the user's {@code revoke_tokens_issued_before}.
   *
   * @throws IllegalArgumentException when the user does not exist
   */
  public void revokeTokensIssuedBefore(String userId, Instant before) {
    StoredUser user = get(userId).orElseThrow(() -> new IllegalArgumentException("no user " + userId));
    put(user.withRevokeTokensIssuedBefore(before));
  }

  void clear() {
    users.clear();
  }
}
