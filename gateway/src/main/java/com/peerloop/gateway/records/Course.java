package com.peerloop.gateway.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "courses")
class Course {

    @Id
    private String id;

    @Column(name = "creator_id", nullable = false)
    private String creatorId;

    @Column(nullable = false)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Course() {}

    Course(String id, String creatorId, String title, Instant now) {
        this.id = id;
        this.creatorId = creatorId;
        this.title = title;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void update(String creatorId, String title, Instant now) {
        this.creatorId = creatorId;
        this.title = title;
        this.updatedAt = now;
    }

    String id() {
        return id;
    }

    String creatorId() {
        return creatorId;
    }

    String title() {
        return title;
    }
}
