package com.peerloop.fakestream;

import java.util.List;
import java.util.Optional;

/** Feed groups, including soft-deleted ones (see {@link StoredFeedGroup#isDeleted()}). */
public final class FeedGroupState {

    private final Table<StoredFeedGroup> groups;

    FeedGroupState(Object lock) {
        this.groups = new Table<>(lock);
    }

    /** The group, even when soft-deleted. */
    public Optional<StoredFeedGroup> get(String id) {
        return groups.get(id);
    }

    /** The group unless it is missing or soft-deleted. */
    public Optional<StoredFeedGroup> active(String id) {
        return get(id).filter(group -> !group.isDeleted());
    }

    public List<StoredFeedGroup> all() {
        return groups.all();
    }

    public void put(StoredFeedGroup group) {
        groups.put(group.id(), group);
    }

    /** Removes the group outright (a hard delete). */
    public boolean remove(String id) {
        return groups.remove(id);
    }

    void clear() {
        groups.clear();
    }
}
