package com.peerloop.gateway.access;

import java.util.Collection;
import java.util.Objects;

import org.springframework.stereotype.Component;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.auth.Role;
import com.peerloop.gateway.records.CourseRelation;
import com.peerloop.gateway.web.ApiProblemException;
import com.peerloop.gateway.web.Problems;

/**
 * The one place that answers "may this user read, post or moderate in this feed?", from the contract's
 * table and the records. {@code require*} methods throw the contract's 403 (or 404 for a feed that
 * cannot exist); {@code may*} methods answer without throwing.
 */
@Component
public class AccessPolicy {

    /** What a caller wants to do in a feed. */
    public enum Action { READ, POST, MODERATE }

    private final AccessLookups records;

    AccessPolicy(AccessLookups records) {
        this.records = records;
    }

    public void requireRead(PeerLoopUser user, Feed feed) { require(user, feed, Action.READ); }

    public void requirePost(PeerLoopUser user, Feed feed) { require(user, feed, Action.POST); }

    public boolean mayRead(PeerLoopUser user, Feed feed) { return decide(user, feed, Action.READ) == null; }

    /** May remove other people's activities and comments in this feed. */
    public boolean mayModerate(PeerLoopUser user, Feed feed) {
        return decide(user, feed, Action.MODERATE) == null;
    }

    /**
     * The removal rule: an item (activity, comment, …) may be removed by its author or by whoever may remove
     * the activity it belongs to, which is that activity's author or a moderator of one of its feeds. An
     * activity is its own parent, so {@code itemAuthorId} and {@code activityAuthorId} are then the same.
     * Throws 403 {@code not_owner} otherwise.
     */
    public void requireRemove(PeerLoopUser user, String itemAuthorId, String activityAuthorId,
            Collection<Feed> activityFeeds) {
        if (!isAuthor(user, itemAuthorId) && !mayRemoveActivity(user, activityAuthorId, activityFeeds)) {
            throw Problems.forbidden("not_owner", "Only its author, the activity's author or the feed's moderators may delete this.");
        }
    }

    /** May remove the activity: its author, or a moderator of one of its feeds. */
    public boolean mayRemoveActivity(PeerLoopUser user, String activityAuthorId, Collection<Feed> activityFeeds) {
        return isAuthor(user, activityAuthorId) || activityFeeds.stream().anyMatch(feed -> mayModerate(user, feed));
    }

    private static boolean isAuthor(PeerLoopUser user, String authorId) {
        return authorId != null && Objects.equals(user.id(), authorId);
    }

    public void require(PeerLoopUser user, Feed feed, Action action) {
        ApiProblemException refusal = decide(user, feed, action);
        if (refusal != null) {
            throw refusal;
        }
    }

    /** Null when allowed, else the refusal to throw. */
    ApiProblemException decide(PeerLoopUser user, Feed feed, Action action) {
        boolean admin = user.has(Role.ADMIN);
        boolean owner = user.id().equals(feed.id());
        return switch (feed.group()) {
            case TOWNHALL -> !Feed.TOWNHALL_ID.equals(feed.id()) ? Problems.notFound("No such feed.")
                    : action == Action.READ || admin ? null : denied("forbidden");
            case COURSE -> course(user, feed.id(), action, admin);
            case INSTRUCTOR -> admin || owner ? null
                    : action == Action.READ && records.hasActivePurchase(user.id(), feed.id()) ? null
                    : denied(action == Action.READ ? "not_purchased" : "not_owner");
            case USER -> action == Action.READ || owner || (admin && action == Action.MODERATE) ? null
                    : denied("not_owner");
            case NOTIFICATION, TIMELINE -> action == Action.POST ? denied("forbidden")
                    : owner || (admin && action == Action.MODERATE) ? null : denied("not_owner");
        };
    }

    private ApiProblemException course(PeerLoopUser user, String courseId, Action action, boolean admin) {
        CourseRelation relation = records.courseRelation(courseId, user.id()).orElse(null);
        if (relation == null) {
            return admin ? Problems.notFound("No such course.") : denied("not_enrolled");
        }
        boolean staff = admin || relation.teacher() || relation.creatorId().equals(user.id());
        if (staff || (relation.enrolled() && action != Action.MODERATE)) {
            return null;
        }
        return denied(relation.enrolled() ? "forbidden" : "not_enrolled");
    }

    private static ApiProblemException denied(String code) {
        return Problems.forbidden(code, switch (code) {
            case "not_enrolled" -> "Only the course's students, teachers and creator may do this.";
            case "not_purchased" -> "Only buyers from this creator may read this feed.";
            case "not_owner" -> "Only the feed's owner may do this.";
            default -> "You may not do this here.";
        });
    }
}
