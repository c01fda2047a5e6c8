package com.peerloop.gateway.feed;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.safety.ReportableContent;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.Comment;
import com.peerloop.gateway.stream.FeedStore;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Reported activities and comments as this module serves them: the same read check and the same deletion. */
@Component
class FeedReportableContent implements ReportableContent {

    private final ActivityAccess access;
    private final ActivityService activities;
    private final FeedStore store;

    FeedReportableContent(ActivityAccess access, ActivityService activities, FeedStore store) {
        this.access = access;
        this.activities = activities;
        this.store = store;
    }

    @Override
    public Optional<Item> activity(PeerLoopUser caller, String activityId) {
        return access.findReadable(caller, activityId)
                .map(activity -> new Item(
                        Kind.ACTIVITY, activity.id(), activity.id(), author(activity), ActivityAccess.feeds(activity)));
    }

    @Override
    public Optional<Item> comment(PeerLoopUser caller, String commentId) {
        Optional<Comment> comment = store.findComment(commentId);
        if (comment.isEmpty()) {
            return Optional.empty();
        }
        return access.findReadable(caller, comment.get().activityId())
                .map(activity -> new Item(
                        Kind.COMMENT,
                        commentId,
                        activity.id(),
                        comment.get().actor() == null
                                ? null
                                : comment.get().actor().id(),
                        ActivityAccess.feeds(activity)));
    }

    @Override
    public boolean remove(PeerLoopUser caller, Kind kind, String id) {
        if (kind == Kind.ACTIVITY) {
            if (access.findReadable(caller, id).isEmpty()) {
                return false;
            }
            activities.delete(caller, id);
        } else {
            if (store.findComment(id).isEmpty()) {
                return false;
            }
            activities.deleteComment(caller, id);
        }
        return true;
    }

    private static String author(Activity activity) {
        return activity.actor() == null ? null : activity.actor().id();
    }
}
