package com.peerloop.gateway.sync;

import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.records.UserLinks;
import com.peerloop.gateway.records.UserRecords;
import com.peerloop.gateway.stream.StreamMemberships;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes one user's course and instructor follows and memberships in Stream match the records. Follows are
 * read from Stream in full; memberships are read for every feed the records link the user to, now or in
 * the past, and every such feed their timeline follows (Stream cannot list a user's memberships across feeds).
 */
@Component
class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    /**
     * What was changed, as {@code follow timeline:u1 -> course:c1} and {@code member course:c1} lines, in the
     * order applied; and the feeds the user should be a member of that Stream holds with another visibility
     * than members-only ({@code course:c1 visible}), which SDK 4.1.1 cannot change.
     */
    record Report(List<String> added, List<String> removed, List<String> mismatched) {}

    private final UserRecords records;
    private final Audience audience;
    private final StreamMemberships stream;

    Reconciler(UserRecords records, Audience audience, StreamMemberships stream) {
        this.records = records;
        this.audience = audience;
        this.stream = stream;
    }

    Report reconcile(String userId) {
        UserLinks links = records.links(userId);
        Feed timeline = IntentApplier.timeline(userId);
        Set<Feed> followed = new LinkedHashSet<>();
        for (Feed target : stream.following(timeline)) {
            if (target.group().membersOnly()) {
                followed.add(target);
            }
        }
        Set<Feed> candidates = new LinkedHashSet<>(followed);
        addAll(
                candidates,
                FeedGroup.COURSE,
                links.enrolledCourseIds(),
                links.droppedCourseIds(),
                links.taughtCourseIds(),
                links.createdCourseIds());
        // the user's own instructor feed exists at Stream only once they create a course; asking Stream about
        // it before would only be answered "no such feed"
        addAll(
                candidates,
                FeedGroup.INSTRUCTOR,
                links.purchasedFromIds(),
                links.refundedFromIds(),
                links.createdCourseIds().isEmpty() ? Set.of() : Set.of(userId));

        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> mismatched = new ArrayList<>();
        for (Feed feed : candidates) {
            String fid = feed.fid();
            Audience.Standing standing = audience.of(userId, feed);
            String follow = "follow " + timeline.fid() + " -> " + fid;
            // a membership before the follow (only members may follow a members-only feed), the unfollow
            // before the membership goes
            if (!standing.follows() && followed.contains(feed)) {
                stream.unfollow(timeline, feed);
                removed.add(follow);
            }
            Optional<String> role = stream.memberRole(feed, userId);
            if (standing.member() && !role.equals(Optional.of(standing.role()))) {
                stream.addMember(feed, userId, standing.role());
                added.add("member " + fid);
            } else if (!standing.member() && role.isPresent()) {
                stream.removeMember(feed, userId);
                removed.add("member " + fid);
            }
            if (standing.follows() && !followed.contains(feed)) {
                stream.follow(timeline, feed);
                added.add(follow);
            }
            if (standing.member()) {
                stream.visibilityMismatch(feed).ifPresent(visibility -> mismatched.add(fid + " " + visibility));
            }
        }
        log.info(
                "reconciled user={} added={} removed={} mismatched={}",
                userId,
                added.size(),
                removed.size(),
                mismatched.size());
        return new Report(added, removed, mismatched);
    }

    @SafeVarargs
    private static void addAll(Set<Feed> feeds, FeedGroup group, Set<String>... idSets) {
        for (Set<String> ids : idSets) {
            ids.forEach(id -> feeds.add(new Feed(group, id)));
        }
    }
}
