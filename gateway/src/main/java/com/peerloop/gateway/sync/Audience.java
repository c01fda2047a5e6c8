package com.peerloop.gateway.sync;

import static com.peerloop.gateway.stream.StreamMemberships.MEMBER;
import static com.peerloop.gateway.stream.StreamMemberships.MODERATOR;

import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.records.AccessRecords;
import com.peerloop.gateway.records.CourseRelation;
import com.peerloop.gateway.records.UserRecords;
import org.springframework.stereotype.Component;

/**
 * Where the records place one user in one gated feed right now: whether their timeline follows it and with
 * which role, if any, they are one of its members. Read at apply time, so that an intent acts on the latest
 * records and not on the ones of the moment it was written.
 */
@Component
class Audience {

    /**
     * @param follows whether {@code timeline:{user}} should follow the feed
     * @param role    {@link StreamMemberships#MODERATOR} (creators, teachers), {@link StreamMemberships#MEMBER}
     *                (students, purchasers), or null when the user should not be a member
     */
    record Standing(boolean follows, String role) {
        boolean member() {
            return role != null;
        }
    }

    private final AccessRecords access;
    private final UserRecords users;

    Audience(AccessRecords access, UserRecords users) {
        this.access = access;
        this.users = users;
    }

    /** The user's standing in a course or instructor feed. */
    Standing of(String userId, Feed feed) {
        String feedId = feed.id();
        if (feed.group() == FeedGroup.COURSE) {
            return access.courseRelation(feedId, userId)
                    .map(relation -> course(relation, userId))
                    .orElse(new Standing(false, null));
        }
        boolean purchased = access.hasActivePurchase(userId, feedId);
        boolean owner = userId.equals(feedId) && users.createsCourses(userId);
        return new Standing(purchased, owner ? MODERATOR : purchased ? MEMBER : null);
    }

    private static Standing course(CourseRelation relation, String userId) {
        boolean creator = relation.creatorId().equals(userId);
        String role = creator || relation.teacher() ? MODERATOR : relation.enrolled() ? MEMBER : null;
        return new Standing(relation.enrolled(), role);
    }
}
