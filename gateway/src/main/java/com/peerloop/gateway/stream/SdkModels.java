package com.peerloop.gateway.stream;

import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.Actor;
import com.peerloop.gateway.stream.FeedModels.Comment;
import io.getstream.models.ActivityResponse;
import io.getstream.models.Attachment;
import io.getstream.models.CommentResponse;
import io.getstream.models.ReactionGroupResponse;
import io.getstream.models.ThreadedCommentResponse;
import io.getstream.models.UserResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * SDK response models to the gateway's own records.
 *
 * <p>Edit times: Stream's responses carry {@code edited_at} (spec ActivityResponse and CommentResponse), but SDK
 * 4.1.1's comment model lacks the field, and which updates Stream counts as an edit is not documented. So every
 * edit through the gateway also writes its time under {@link #EDITED_AT} in the item's {@code custom} data; an
 * item's {@code editedAt} is Stream's {@code edited_at} where the SDK reads one, else that key. The key is the
 * gateway's own: it is never served as part of {@code custom}.
 */
final class SdkModels {

    /** The key in {@code custom} under which the gateway records when an author last edited the item. */
    static final String EDITED_AT = "peerloop_edited_at";

    private SdkModels() {}

    static Activity activity(ActivityResponse a) {
        Map<String, Integer> reactions = counts(a.getReactionGroups());
        List<String> attachments = a.getAttachments() == null
                ? List.of()
                : a.getAttachments().stream()
                        .map(SdkModels::url)
                        .filter(Objects::nonNull)
                        .toList();
        return new Activity(
                a.getId(),
                a.getFeeds() == null ? List.of() : a.getFeeds(),
                a.getType(),
                a.getText(),
                attachments,
                withoutEditedAt(a.getCustom()),
                actor(a.getUser()),
                instant(a.getCreatedAt()),
                reactions,
                a.getCommentCount() == null ? 0 : a.getCommentCount(),
                a.getEditedAt() != null ? instant(a.getEditedAt()) : editedAt(a.getCustom()),
                false);
    }

    static Comment comment(CommentResponse c) {
        return new Comment(
                c.getId(),
                c.getObjectID(),
                c.getText(),
                actor(c.getUser()),
                instant(c.getCreatedAt()),
                blankToNull(c.getParentID()),
                c.getReplyCount() == null ? 0 : c.getReplyCount(),
                counts(c.getReactionGroups()),
                editedAt(c.getCustom()));
    }

    /** Listed comments come as a separate (threaded) type with the same fields. */
    static Comment comment(ThreadedCommentResponse c) {
        return new Comment(
                c.getId(),
                c.getObjectID(),
                c.getText(),
                actor(c.getUser()),
                instant(c.getCreatedAt()),
                blankToNull(c.getParentID()),
                c.getReplyCount() == null ? 0 : c.getReplyCount(),
                counts(c.getReactionGroups()),
                editedAt(c.getCustom()));
    }

    /** The activity's custom data as its author gave it: without the gateway's own key. */
    static Map<String, Object> withoutEditedAt(Map<String, Object> custom) {
        if (custom == null || custom.isEmpty()) {
            return Map.of();
        }
        if (!custom.containsKey(EDITED_AT)) {
            return custom;
        }
        Map<String, Object> authored = new LinkedHashMap<>(custom);
        authored.remove(EDITED_AT);
        return authored;
    }

    /** The edit time the gateway recorded under {@link #EDITED_AT}, or null. */
    static Instant editedAt(Map<String, Object> custom) {
        Object value = custom == null ? null : custom.get(EDITED_AT);
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, Integer> counts(Map<String, ReactionGroupResponse> groups) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (groups != null) {
            groups.forEach((type, group) -> {
                if (group != null && group.getCount() != null && group.getCount() > 0) {
                    counts.put(type, group.getCount());
                }
            });
        }
        return counts;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Actor actor(UserResponse user) {
        return user == null ? null : new Actor(user.getId(), user.getName(), user.getImage());
    }

    private static String url(Attachment attachment) {
        if (attachment.getAssetUrl() != null) {
            return attachment.getAssetUrl();
        }
        return attachment.getImageUrl() != null ? attachment.getImageUrl() : attachment.getTitleLink();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
