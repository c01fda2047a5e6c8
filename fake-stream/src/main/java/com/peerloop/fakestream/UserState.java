package com.peerloop.fakestream;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Users known to the fake (only those upserted over the wire or put here; nothing is auto-created). */
public final class UserState {

    /**
     * What a partial update ({@code PATCH /api/v2/users}) does with an id Stream does not know. Stream's docs do
     * not say (unverified), so the gateway must work under each reading; {@link #REFUSE} is the default.
     */
    public enum UnknownUserPatch {
        /** The whole request is refused with 400 / code 4; nobody changes. */
        REFUSE,
        /** The unknown id is skipped and left out of the answer's {@code users}; the others are updated. */
        OMIT,
        /** The user is created with the fields the update sets. */
        CREATE
    }

    private final Table<StoredUser> users;
    private volatile UnknownUserPatch unknownUserPatches = UnknownUserPatch.REFUSE;

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

    public UnknownUserPatch unknownUserPatches() {
        return unknownUserPatches;
    }

    /** Picks the reading of a partial update of an unknown user; {@link FakeStream#reset()} restores REFUSE. */
    public void unknownUserPatches(UnknownUserPatch reading) {
        unknownUserPatches = reading;
    }

    void clear() {
        users.clear();
        unknownUserPatches = UnknownUserPatch.REFUSE;
    }
}
