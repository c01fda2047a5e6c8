package com.peerloop.gateway.records;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "course_teachers")
class CourseTeacher {

    @Embeddable
    record Key(
            @Column(name = "course_id") String courseId,
            @Column(name = "user_id") String userId) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CourseTeacher() {}

    CourseTeacher(String courseId, String userId, Instant now) {
        this.key = new Key(courseId, userId);
        this.addedAt = now;
    }
}
