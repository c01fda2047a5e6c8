package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** How a feed comes to exist: by get-or-create, or on the fly when an activity names it. */
final class FeedCreation {

    private FeedCreation() {}

    /**
     * Stores a new feed. Its visibility is the requested one, else the group's {@code default_visibility} now: the
     * feed keeps it, and a later change of the group's default does not rewrite it (docs:
     * feed-and-activity-visibility, "default_visibility ... applies when a feed is created").
     */
    static StoredFeed create(
            FakeStreamState state,
            StoredFeedGroup group,
            String id,
            String creator,
            String visibility,
            JsonNode data,
            Instant now) {
        StoredFeed feed = new StoredFeed(
                group.id(),
                id,
                Json.text(data, "name"),
                Json.text(data, "description"),
                visibility == null ? group.defaultVisibility() : visibility,
                Json.strings(data, "filter_tags"),
                Json.withoutNulls(Json.field(data, "custom")),
                creator,
                now,
                now);
        state.feeds().put(feed);
        return feed;
    }

    /**
     * A server-side get-or-create with {@code user_id} creates that user when Stream does not know them (docs: feeds,
     * "user_id ... used to auto-create the user"); an existing user is left exactly as it is.
     */
    static void ensureUser(FakeStreamState state, String userId) {
        if (userId != null && !userId.isEmpty() && state.users().get(userId).isEmpty()) {
            state.users().put(StoredUser.of(userId, null, state.now()));
        }
    }

    /**
     * Adding an activity to a feed that does not exist creates it, with the group's default visibility (docs:
     * activities, "Auto-creating feeds"); the group must exist (404 / code 16 otherwise). Who the auto-created
     * feed's creator is, is not documented (unverified): the fake takes the activity's author, the reading that
     * lets the author read a gated feed they happened to create, so a gateway must create gated feeds itself first.
     */
    static void autoCreate(FakeStreamState state, String fid, String author, Instant now) {
        if (state.feeds().get(fid).isEmpty()) {
            create(state, requireCreatable(state, fid), fid.substring(fid.indexOf(':') + 1), author, null, null, now);
        }
    }

    /** The group a missing feed would be auto-created in; 400 for a malformed fid, 404 / code 16 for no group. */
    static StoredFeedGroup requireCreatable(FakeStreamState state, String fid) {
        int colon = fid.indexOf(':');
        if (colon <= 0 || colon == fid.length() - 1) {
            throw StreamError.invalidField("feeds", "feed " + fid + " is not a group:id feed id");
        }
        return FeedReads.requireGroup(state, fid.substring(0, colon));
    }
}
