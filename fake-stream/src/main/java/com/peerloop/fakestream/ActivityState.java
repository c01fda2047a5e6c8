package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Activities (soft-deleted ones included, see {@link StoredActivity#isDeleted()}), their reactions, and the
 * read/seen marks of tracked feeds.
 */
public final class ActivityState {

    private final Table<StoredActivity> activities;
    private final Table<StoredReaction> reactions;
    private final TableIndex<StoredActivity> byFeed;
    private final TableIndex<StoredActivity> liveByFeed;
    private final TableIndex<StoredReaction> reactionsByActivity;
    private final Table<FeedMarks> marks;
    private final Table<ObjectNode> notificationContexts;
    private final Table<Boolean> notified;

    private final Table<StoredPin> pins;
    private final TableIndex<StoredPin> pinsByFeed;
    private final TableIndex<StoredPin> pinsByActivity;
    private final Table<StoredBookmark> bookmarks;
    private final TableIndex<StoredBookmark> bookmarksByActivity;

    ActivityState(Object lock) {
        this.activities = new Table<>(lock);
        this.reactions = new Table<>(lock);
        this.byFeed = activities.index(StoredActivity::feeds);
        this.liveByFeed = activities.index(activity -> activity.isDeleted() ? List.of() : activity.feeds());
        this.reactionsByActivity = reactions.indexBy(StoredReaction::activityId);
        this.marks = new Table<>(lock);
        this.notificationContexts = new Table<>(lock);
        this.notified = new Table<>(lock);

        this.pins = new Table<>(lock);
        this.pinsByFeed = pins.indexBy(StoredPin::fid);
        this.pinsByActivity = pins.indexBy(StoredPin::activityId);
        this.bookmarks = new Table<>(lock);
        this.bookmarksByActivity = bookmarks.indexBy(StoredBookmark::activityId);
    }

    /** The activity, even when soft-deleted. */
    public Optional<StoredActivity> get(String id) {
        return activities.get(id);
    }

    /** The activity unless it is missing or soft-deleted. */
    public Optional<StoredActivity> live(String id) {
        return get(id).filter(activity -> !activity.isDeleted());
    }

    /** All activities, soft-deleted ones included, oldest first. */
    public List<StoredActivity> all() {
        return activities.all();
    }

    /** Non-deleted activities that were added to {@code fid}, newest first. */
    public List<StoredActivity> inFeed(String fid) {
        List<StoredActivity> result = activities.where(liveByFeed, fid);
        result.sort(Comparator.comparingLong(StoredActivity::seq).reversed());
        return result;
    }

    /** How many non-deleted activities were added to {@code fid}: its {@code activity_count}. */
    public int countInFeed(String fid) {
        return activities.count(liveByFeed, fid);
    }

    /** Activities added to {@code fid}, soft-deleted ones included, oldest first. */
    List<StoredActivity> withFeed(String fid) {
        return activities.where(byFeed, fid);
    }

    public void put(StoredActivity activity) {
        activities.put(activity.id(), activity);
    }

    /** Removes the activity outright (a hard delete) together with its reactions, pins and bookmarks. */
    public boolean remove(String id) {
        reactions.removeWhere(reactionsByActivity, id);
        pins.removeWhere(pinsByActivity, id);
        bookmarks.removeWhere(bookmarksByActivity, id);
        return activities.remove(id);
    }

    /** The activity's reactions, oldest first. */
    public List<StoredReaction> reactions(String activityId) {
        return reactions.where(reactionsByActivity, activityId);
    }

    public Optional<StoredReaction> reaction(String activityId, String type, String userId) {
        return reactions.get(StoredReaction.key(activityId, type, userId));
    }

    public void putReaction(StoredReaction reaction) {
        reactions.put(StoredReaction.key(reaction.activityId(), reaction.type(), reaction.userId()), reaction);
    }

    public boolean removeReaction(String activityId, String type, String userId) {
        return reactions.remove(StoredReaction.key(activityId, type, userId));
    }

    /** The read/seen marks of the feed {@code fid}; none when it was never marked. */
    FeedMarks marks(String fid) {
        return marks.get(fid).orElse(FeedMarks.NONE);
    }

    void putMarks(String fid, FeedMarks feedMarks) {
        marks.put(fid, feedMarks);
    }

    void removeMarks(String fid) {
        marks.remove(fid);
    }

    /** The {@code notification_context} of a notification activity Stream wrote itself. */
    Optional<ObjectNode> notificationContext(String activityId) {
        return notificationContexts.get(activityId);
    }

    void putNotificationContext(String activityId, ObjectNode context) {
        notificationContexts.put(activityId, context);
    }

    /** Whether a deduplicated notification with this key was written before. */
    boolean notified(String key) {
        return notified.get(key).isPresent();
    }

    void markNotified(String key) {
        notified.put(key, Boolean.TRUE);
    }

    /** The pins of {@code fid}, newest pin first. */
    public List<StoredPin> pins(String fid) {
        List<StoredPin> result = pins.where(pinsByFeed, fid);
        result.sort(Comparator.comparingLong(StoredPin::seq).reversed());
        return result;
    }

    public Optional<StoredPin> pin(String fid, String activityId) {
        return pins.get(StoredPin.key(fid, activityId));
    }

    public void putPin(StoredPin pin) {
        pins.put(StoredPin.key(pin.fid(), pin.activityId()), pin);
    }

    public boolean removePin(String fid, String activityId) {
        return pins.remove(StoredPin.key(fid, activityId));
    }

    /** Pins of a feed go with the feed. */
    void removePins(String fid) {
        pins.removeWhere(pinsByFeed, fid);
    }

    /** Every bookmark, oldest first. */
    public List<StoredBookmark> bookmarks() {
        return bookmarks.all();
    }

    /** The bookmarks of an activity, oldest first. */
    public List<StoredBookmark> bookmarksOf(String activityId) {
        return bookmarks.where(bookmarksByActivity, activityId);
    }

    public Optional<StoredBookmark> bookmark(String activityId, String userId) {
        return bookmarks.get(StoredBookmark.key(activityId, userId));
    }

    public void putBookmark(StoredBookmark bookmark) {
        bookmarks.put(StoredBookmark.key(bookmark.activityId(), bookmark.userId()), bookmark);
    }

    public boolean removeBookmark(String activityId, String userId) {
        return bookmarks.remove(StoredBookmark.key(activityId, userId));
    }

    void clear() {
        notificationContexts.clear();
        notified.clear();
        pins.clear();
        bookmarks.clear();
        activities.clear();
        reactions.clear();
        marks.clear();
    }
}
