package com.peerloop.fakestream;

import java.util.List;
import java.util.Optional;

/** Follows between feeds, keyed by (source, target), indexed by source and by target. */
public final class FollowState {

    private final Table<StoredFollow> follows;
    private final TableIndex<StoredFollow> bySource;
    private final TableIndex<StoredFollow> byTarget;

    FollowState(Object lock) {
        this.follows = new Table<>(lock);
        this.bySource = follows.indexBy(StoredFollow::source);
        this.byTarget = follows.indexBy(StoredFollow::target);
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
        return follows.where(bySource, fid);
    }

    /** How many follows have {@code fid} as their source: its {@code following_count}. */
    public int countFollowing(String fid) {
        return follows.count(bySource, fid);
    }

    /** Follows whose target (followed feed) is {@code fid}. */
    public List<StoredFollow> followers(String fid) {
        return follows.where(byTarget, fid);
    }

    /** How many follows have {@code fid} as their target: its {@code follower_count}. */
    public int countFollowers(String fid) {
        return follows.count(byTarget, fid);
    }

    public void put(StoredFollow follow) {
        follows.put(StoredFollow.key(follow.source(), follow.target()), follow);
    }

    public boolean remove(String source, String target) {
        return follows.remove(StoredFollow.key(source, target));
    }

    void removeInvolving(String fid) {
        follows.removeWhere(bySource, fid);
        follows.removeWhere(byTarget, fid);
    }

    void clear() {
        follows.clear();
    }
}
