package com.peerloop.gateway.sync;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.peerloop.gateway.records.UserLinks;
import com.peerloop.gateway.records.UserRecords;
import com.peerloop.gateway.stream.StreamFeedRef;
import com.peerloop.gateway.stream.StreamMemberships;

/**
 * Makes one user's course and instructor follows and memberships in Stream match the records. Follows are
 * read from Stream in full; memberships are read for every feed the records link the user to, now or in
 * the past, and every such feed their timeline follows (Stream cannot list a user's memberships across feeds).
 */
@Component
class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    private static final String COURSE = IntentPlanner.COURSE + ":";
    private static final String INSTRUCTOR = IntentPlanner.INSTRUCTOR + ":";

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
        StreamFeedRef timeline = IntentApplier.timeline(userId);
        Set<String> followed = new LinkedHashSet<>();
        for (String target : stream.following(timeline.fid())) {
            if (target.startsWith(COURSE) || target.startsWith(INSTRUCTOR)) {
                followed.add(target);
            }
        }
        Set<String> candidates = new LinkedHashSet<>(followed);
        addAll(candidates, COURSE, links.enrolledCourseIds(), links.droppedCourseIds(), links.taughtCourseIds(),
                links.createdCourseIds());
        // the user's own instructor feed exists at Stream only once they create a course; asking Stream about
        // it before would only be answered "no such feed"
        addAll(candidates, INSTRUCTOR, links.purchasedFromIds(), links.refundedFromIds(),
                links.createdCourseIds().isEmpty() ? Set.of() : Set.of(userId));

        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> mismatched = new ArrayList<>();
        for (String fid : candidates) {
            String group = fid.substring(0, fid.indexOf(':'));
            String feedId = fid.substring(fid.indexOf(':') + 1);
            Audience.Standing standing = audience.of(userId, group, feedId);
            StreamFeedRef feed = new StreamFeedRef(group, feedId, true);
            String follow = "follow " + timeline.fid() + " -> " + fid;
            // a membership before the follow (only members may follow a members-only feed), the unfollow
            // before the membership goes
            if (!standing.follows() && followed.contains(fid)) {
                stream.unfollow(timeline.fid(), fid);
                removed.add(follow);
            }
            Optional<String> role = stream.memberRole(fid, userId);
            if (standing.member() && !role.equals(Optional.of(standing.role()))) {
                stream.addMember(feed, userId, standing.role());
                added.add("member " + fid);
            } else if (!standing.member() && role.isPresent()) {
                stream.removeMember(fid, userId);
                removed.add("member " + fid);
            }
            if (standing.follows() && !followed.contains(fid)) {
                stream.follow(timeline, feed);
                added.add(follow);
            }
            if (standing.member()) {
                stream.visibilityMismatch(feed).ifPresent(visibility -> mismatched.add(fid + " " + visibility));
            }
        }
        log.info("reconciled user={} added={} removed={} mismatched={}", userId, added.size(), removed.size(),
                mismatched.size());
        return new Report(added, removed, mismatched);
    }

    @SafeVarargs
    private static void addAll(Set<String> fids, String prefix, Set<String>... idSets) {
        for (Set<String> ids : idSets) {
            ids.forEach(id -> fids.add(prefix + id));
        }
    }
}
