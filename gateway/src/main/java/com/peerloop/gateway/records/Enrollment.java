package com.peerloop.gateway.records;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A student's enrollment in a course; dropping keeps the row with its times. */
@Entity
@Table(name = "enrollments")
class Enrollment {

    enum Status {
        ACTIVE,
        DROPPED
    }

    @Embeddable
    record Key(
            @Column(name = "course_id") String courseId,
            @Column(name = "user_id") String userId) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "dropped_at")
    private Instant droppedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Enrollment() {}

    Enrollment(String courseId, String userId, Instant now) {
        this.key = new Key(courseId, userId);
        this.status = Status.ACTIVE;
        this.enrolledAt = now;
        this.updatedAt = now;
    }

    /** Re-activates a dropped enrollment; returns whether anything changed. */
    boolean activate(Instant now) {
        if (status == Status.ACTIVE) {
            return false;
        }
        status = Status.ACTIVE;
        enrolledAt = now;
        droppedAt = null;
        updatedAt = now;
        return true;
    }

    /** Returns whether anything changed. */
    boolean drop(Instant now) {
        if (status == Status.DROPPED) {
            return false;
        }
        status = Status.DROPPED;
        droppedAt = now;
        updatedAt = now;
        return true;
    }
}
