package com.peerloop.fakestream;

import java.util.List;
import java.util.Optional;

/** The users deleted by completed {@code deleteUsers} tasks (a hard-deleted user is also gone from the users). */
public final class DeletedUserState {

    private final Table<DeletedUser> deleted;

    DeletedUserState(Object lock) {
        this.deleted = new Table<>(lock);
    }

    public Optional<DeletedUser> get(String id) {
        return deleted.get(id);
    }

    public List<DeletedUser> all() {
        return deleted.all();
    }

    void put(DeletedUser user) {
        deleted.put(user.id(), user);
    }

    void clear() {
        deleted.clear();
    }
}
