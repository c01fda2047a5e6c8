package com.peerloop.gateway.records;

import java.util.Set;

/**
 * Everything the records say about one user's ties to courses and creators, now and in the past.
 *
 * @param enrolledCourseIds courses with an active enrollment
 * @param droppedCourseIds  courses whose enrollment was dropped
 * @param taughtCourseIds   courses the user teaches
 * @param createdCourseIds  courses the user is the creator of
 * @param purchasedFromIds  creators the user holds an unrefunded purchase from
 * @param refundedFromIds   creators the user only holds refunded purchases from
 */
public record UserLinks(
        Set<String> enrolledCourseIds,
        Set<String> droppedCourseIds,
        Set<String> taughtCourseIds,
        Set<String> createdCourseIds,
        Set<String> purchasedFromIds,
        Set<String> refundedFromIds) {}
