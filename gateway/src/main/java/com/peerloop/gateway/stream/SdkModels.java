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
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** SDK response models to the gateway's own records. */
final class SdkModels {

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
                a.getCustom() == null ? Map.of() : a.getCustom(),
                actor(a.getUser()),
                instant(a.getCreatedAt()),
                reactions,
                a.getCommentCount() == null ? 0 : a.getCommentCount(),
                instant(a.getEditedAt()),
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
                null);
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
                null);
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
