package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * An activity. Reaction and comment counts are not stored here: they are derived from the
 * {@link ActivityState#reactions(String) reactions} and {@link CommentState comments} when answering.
 *
 * @param feeds the fids the activity was added to
 * @param visibility {@code public} unless the request set another value
 * @param attachments the raw attachments array (nulls removed), never {@code null}
 * @param deletedAt set by a soft delete; deleted activities are left out of every read
 * @param seq creation order; feeds list activities by descending {@code seq} (newest first)
 * @param editedAt set by an update of the activity ({@code edited_at} of spec ActivityResponse)
 */
public record StoredActivity(
        String id,
        String type,
        String userId,
        String text,
        List<String> feeds,
        String visibility,
        JsonNode attachments,
        JsonNode custom,
        List<String> filterTags,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long seq,
        Instant editedAt) {

    public StoredActivity {
        feeds = List.copyOf(feeds);
        filterTags = List.copyOf(filterTags);
    }

    /** An activity that was never edited. */
    public StoredActivity(
            String id,
            String type,
            String userId,
            String text,
            List<String> feeds,
            String visibility,
            JsonNode attachments,
            JsonNode custom,
            List<String> filterTags,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt,
            long seq) {
        this(
                id,
                type,
                userId,
                text,
                feeds,
                visibility,
                attachments,
                custom,
                filterTags,
                createdAt,
                updatedAt,
                deletedAt,
                seq,
                null);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    StoredActivity deleted(Instant at) {
        return new StoredActivity(
                id,
                type,
                userId,
                text,
                feeds,
                visibility,
                attachments,
                custom,
                filterTags,
                createdAt,
                at,
                at,
                seq,
                editedAt);
    }

    StoredActivity withFeeds(List<String> newFeeds, Instant at) {
        return new StoredActivity(
                id,
                type,
                userId,
                text,
                newFeeds,
                visibility,
                attachments,
                custom,
                filterTags,
                createdAt,
                at,
                deletedAt,
                seq,
                editedAt);
    }

    StoredActivity updated(String newText, JsonNode newAttachments, JsonNode newCustom, Instant at) {
        return new StoredActivity(
                id,
                type,
                userId,
                newText,
                feeds,
                visibility,
                newAttachments,
                newCustom,
                filterTags,
                createdAt,
                at,
                deletedAt,
                seq,
                at);
    }
}
