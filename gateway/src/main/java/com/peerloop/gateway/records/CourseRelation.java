package com.peerloop.gateway.records;

/**
 * How one user stands to one existing course, as the records say.
 *
 * @param creatorId the course's creator
 * @param enrolled  the user holds an active enrollment
 * @param teacher   the user teaches the course
 */
public record CourseRelation(String creatorId, boolean enrolled, boolean teacher) {}
