package com.peerloop.gateway.access;

import com.peerloop.gateway.records.CourseRelation;
import java.util.Optional;

/** The record look-ups the policy decides from. */
interface AccessLookups {

    /** The user's relation to the course, or empty when there is no such course. */
    Optional<CourseRelation> courseRelation(String courseId, String userId);

    boolean hasActivePurchase(String userId, String creatorId);
}
