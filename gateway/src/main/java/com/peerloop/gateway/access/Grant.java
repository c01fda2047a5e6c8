package com.peerloop.gateway.access;

import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.records.CourseRelation;
import java.util.Optional;

/**
 * The policy's yes, with what it looked up to say it, so that nobody reads the records again for the
 * same request.
 */
public final class Grant {

    private final Feed feed;
    private final CourseRelation course;

    Grant(Feed feed, CourseRelation course) {
        this.feed = feed;
        this.course = course;
    }

    public Feed feed() {
        return feed;
    }

    /** The course's creator, when the feed is a course feed. */
    public Optional<String> courseCreatorId() {
        return course == null ? Optional.empty() : Optional.of(course.creatorId());
    }
}
