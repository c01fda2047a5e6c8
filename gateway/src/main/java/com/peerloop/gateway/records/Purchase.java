package com.peerloop.gateway.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A purchase from a creator; a refund keeps the row and ends the access it gave. */
@Entity
@Table(name = "purchases")
class Purchase {

    @Id
    private String id;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "creator_id", nullable = false)
    private String creatorId;

    @Column(name = "course_id")
    private String courseId;

    @Column(name = "purchased_at", nullable = false)
    private Instant purchasedAt;

    @Column(name = "refunded_at")
    private Instant refundedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Purchase() {}

    Purchase(String id, String userId, String creatorId, String courseId, Instant now) {
        this.id = id;
        this.userId = userId;
        this.creatorId = creatorId;
        this.courseId = courseId;
        this.purchasedAt = now;
        this.updatedAt = now;
    }

    String userId() {
        return userId;
    }

    String creatorId() {
        return creatorId;
    }

    String courseId() {
        return courseId;
    }

    boolean isRefunded() {
        return refundedAt != null;
    }

    /** Returns whether anything changed. */
    boolean refund(Instant now) {
        if (refundedAt != null) {
            return false;
        }
        refundedAt = now;
        updatedAt = now;
        return true;
    }
}
