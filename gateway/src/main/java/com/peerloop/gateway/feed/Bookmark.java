package com.peerloop.gateway.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A row of the gateway's bookmark index: this user bookmarked this activity in Stream. */
@Entity
@Table(name = "bookmarks")
class Bookmark {

    @Embeddable
    record Key(
            @Column(name = "user_id") String userId,
            @Column(name = "activity_id") String activityId) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "bookmarked_at", nullable = false)
    private Instant bookmarkedAt;

    protected Bookmark() {}

    Bookmark(String userId, String activityId, Instant now) {
        this.key = new Key(userId, activityId);
        this.bookmarkedAt = now;
    }

    String activityId() {
        return key.activityId();
    }

    Instant bookmarkedAt() {
        return bookmarkedAt;
    }
}
