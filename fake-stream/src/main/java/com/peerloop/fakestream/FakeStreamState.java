package com.peerloop.fakestream;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the fake remembers. Each accessor returns a thread-safe store whose public methods both read
 * state for assertions and change it directly (to create drift between the gateway and "Stream").
 * Over-the-wire requests are applied atomically: a request's whole handler runs under the same lock.
 */
public final class FakeStreamState {

    private final Object lock = new Object();
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();
    private final UserState users = new UserState(lock);
    private final AppState app = new AppState(lock);
    private final FeedGroupState feedGroups = new FeedGroupState(lock);
    private final FeedState feeds = new FeedState(lock);
    private final FollowState follows = new FollowState(lock);
    private final ActivityState activities = new ActivityState(lock);
    private final CommentState comments = new CommentState(lock);
    private final ModerationState moderation = new ModerationState(lock);
    private final TaskState tasks = new TaskState(lock, this::now);
    private final DeletedUserState deletedUsers = new DeletedUserState(lock);

    FakeStreamState(Clock clock) {
        this.clock = clock;
        reset();
    }

    public UserState users() {
        return users;
    }

    public AppState app() {
        return app;
    }

    /** Feed groups; {@code user, timeline, foryou, notification, story, stories} are seeded. */
    public FeedGroupState feedGroups() {
        return feedGroups;
    }

    /** Feeds and feed members. */
    public FeedState feeds() {
        return feeds;
    }

    public FollowState follows() {
        return follows;
    }

    /** Activities and reactions. */
    public ActivityState activities() {
        return activities;
    }

    public CommentState comments() {
        return comments;
    }

    /** Flags, the review queue and user blocks. */
    public ModerationState moderation() {
        return moderation;
    }

    /** Asynchronous tasks (user data deletion and export, user deletion). */
    public TaskState tasks() {
        return tasks;
    }

    /** Users removed by {@code POST /api/v2/users/delete}. */
    public DeletedUserState deletedUsers() {
        return deletedUsers;
    }

    /** Clears everything and seeds the built-in feed groups again. */
    public void reset() {
        synchronized (lock) {
            users.clear();
            app.clear();
            feedGroups.clear();
            feeds.clear();
            follows.clear();
            activities.clear();
            comments.clear();
            moderation.clear();
            tasks.clear();
            deletedUsers.clear();
            SeedData.feedGroups(now()).forEach(feedGroups::put);
        }
    }

    /** The current time, truncated to milliseconds like Stream's timestamps. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    long nextSeq() {
        return sequence.incrementAndGet();
    }

    Object lock() {
        return lock;
    }
}
