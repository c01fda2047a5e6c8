package com.peerloop.fakestream;

import java.util.List;
import java.util.Optional;

/** Follows between feeds, keyed by (source, target). */
public final class FollowState {

  private final Table<StoredFollow> follows;

  FollowState(Object lock) {
    this.follows = new Table<>(lock);
  }

  public Optional<StoredFollow> get(String source, String target) {
    return follows.get(StoredFollow.key(source, target));
  }

  public boolean exists(String source, String target) {
    return get(source, target).isPresent();
  }

  /** All follows in creation order. */
  public List<StoredFollow> all() {
    return follows.all();
  }

  /** Follows whose source (follower) is {@code fid}. */
  public List<StoredFollow> following(String fid) {
    return follows.where(follow -> follow.source().equals(fid));
  }

  /** Follows whose target (followed feed) is {@code fid}. */
  public List<StoredFollow> followers(String fid) {
    return follows.where(follow -> follow.target().equals(fid));
  }

  public void put(StoredFollow follow) {
    follows.put(StoredFollow.key(follow.source(), follow.target()), follow);
  }

  public boolean remove(String source, String target) {
    return follows.remove(StoredFollow.key(source, target));
  }

  void removeInvolving(String fid) {
    follows.removeWhere(follow -> follow.source().equals(fid) || follow.target().equals(fid));
  }

  void clear() {
    follows.clear();
  }
}
