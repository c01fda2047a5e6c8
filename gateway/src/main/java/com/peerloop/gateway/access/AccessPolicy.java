package com.peerloop.gateway.access;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.auth.Role;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.records.CourseRelation;
import com.peerloop.gateway.web.ApiProblemException;
import com.peerloop.gateway.web.Problems;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one place that answers "may this user read, post or remove in this feed?", from the contract's
 * table and the records. {@code require*} methods throw the contract's 403 (or 404 for a feed that
 * cannot exist); {@code may*} methods answer without throwing.
 */
@Component
public class AccessPolicy {

    /** What a caller wants to do in a feed. */
    enum Action {
        READ,
        POST,
        MODERATE
    }

    /** Allowed (with the course relation read on the way, for a course feed) or refused with this problem. */
    record Decision(ApiProblemException refusal, CourseRelation course) {

        static Decision allowed(CourseRelation course) {
            return new Decision(null, course);
        }

        static Decision refused(ApiProblemException refusal) {
            return new Decision(refusal, null);
        }

        boolean isAllowed() {
            return refusal == null;
        }
    }

    private static final Decision ALLOWED = Decision.allowed(null);

    private final AccessLookups records;

    AccessPolicy(AccessLookups records) {
        this.records = records;
    }

    /** Whether the moderation rules apply to what is written in this feed: they do in course feeds. */
    public static boolean contentModerated(Feed feed) {
        return feed.group() == FeedGroup.COURSE;
    }

    public Grant requireRead(PeerLoopUser user, Feed feed) {
        return require(user, feed, Action.READ);
    }

    public Grant requirePost(PeerLoopUser user, Feed feed) {
        return require(user, feed, Action.POST);
    }

    /**
     * 403 unless the user moderates the feed: may remove others' activities in it, the rule
     * {@link #requireRemove} applies to a feed's moderators (course: its creator, teachers, admin; instructor:
     * the creator, admin; town hall: admin; user: the owner, admin). Pins and the review of reports use it.
     */
    public Grant requireModerate(PeerLoopUser user, Feed feed) {
        return require(user, feed, Action.MODERATE);
    }

    public boolean mayRead(PeerLoopUser user, Feed feed) {
        return decide(user, feed, Action.READ).isAllowed();
    }

    /**
     * Whether a user other than the caller may read the feed now, from the records alone: their roles are not
     * known here, so no admin right is assumed (an admin reads what their records allow, like anyone).
     */
    public boolean mayRead(String userId, Feed feed) {
        return decide(new PeerLoopUser(userId, null, null, Set.of(), Instant.EPOCH), feed, Action.READ)
                .isAllowed();
    }

    /**
     * The removal rule: an item (activity, comment, …) may be removed by its author or by whoever may remove
     * the activity it belongs to, which is that activity's author or a moderator of one of its feeds. An
     * activity is its own parent, so {@code itemAuthorId} and {@code activityAuthorId} are then the same.
     * Throws 403 {@code not_owner} otherwise.
     */
    public void requireRemove(
            PeerLoopUser user, String itemAuthorId, String activityAuthorId, Collection<Feed> activityFeeds) {
        boolean allowed = isAuthor(user, itemAuthorId)
                || isAuthor(user, activityAuthorId)
                || activityFeeds.stream()
                        .anyMatch(feed -> decide(user, feed, Action.MODERATE).isAllowed());
        if (!allowed) {
            throw Problems.forbidden(
                    "not_owner", "Only its author, the activity's author or the feed's moderators may delete this.");
        }
    }

    private static boolean isAuthor(PeerLoopUser user, String authorId) {
        return authorId != null && Objects.equals(user.id(), authorId);
    }

    private Grant require(PeerLoopUser user, Feed feed, Action action) {
        Decision decision = decide(user, feed, action);
        if (!decision.isAllowed()) {
            throw decision.refusal();
        }
        return new Grant(feed, decision.course());
    }

    Decision decide(PeerLoopUser user, Feed feed, Action action) {
        boolean admin = user.has(Role.ADMIN);
        boolean owner = user.id().equals(feed.id());
        return switch (feed.group()) {
            case TOWNHALL ->
                !Feed.TOWNHALL_ID.equals(feed.id())
                        ? Decision.refused(Problems.notFound("No such feed."))
                        : action == Action.READ || admin ? ALLOWED : denied("forbidden");
            case COURSE -> course(user, feed.id(), action, admin);
            case INSTRUCTOR ->
                admin || owner
                        ? ALLOWED
                        : action == Action.READ && records.hasActivePurchase(user.id(), feed.id())
                                ? ALLOWED
                                : denied(action == Action.READ ? "not_purchased" : "not_owner");
            case USER ->
                action == Action.READ || owner || (admin && action == Action.MODERATE) ? ALLOWED : denied("not_owner");
            case NOTIFICATION, TIMELINE ->
                action == Action.POST
                        ? denied("forbidden")
                        : owner || (admin && action == Action.MODERATE) ? ALLOWED : denied("not_owner");
        };
    }

    private Decision course(PeerLoopUser user, String courseId, Action action, boolean admin) {
        CourseRelation relation = records.courseRelation(courseId, user.id()).orElse(null);
        if (relation == null) {
            return admin ? Decision.refused(Problems.notFound("No such course.")) : denied("not_enrolled");
        }
        boolean staff = admin || relation.teacher() || relation.creatorId().equals(user.id());
        if (staff || (relation.enrolled() && action != Action.MODERATE)) {
            return Decision.allowed(relation);
        }
        return denied(relation.enrolled() ? "forbidden" : "not_enrolled");
    }

    private static Decision denied(String code) {
        return Decision.refused(Problems.forbidden(
                code,
                switch (code) {
                    case "not_enrolled" -> "Only the course's students, teachers and creator may do this.";
                    case "not_purchased" -> "Only buyers from this creator may read this feed.";
                    case "not_owner" -> "Only the feed's owner may do this.";
                    default -> "You may not do this here.";
                }));
    }
}
