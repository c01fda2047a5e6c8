package com.peerloop.gateway.safety;

import com.peerloop.gateway.access.AccessPolicy;
import com.peerloop.gateway.audit.AuditEntry;
import com.peerloop.gateway.audit.AuditTrail;
import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.auth.Role;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.paging.Cursors;
import com.peerloop.gateway.safety.ReportableContent.Item;
import com.peerloop.gateway.safety.ReportableContent.Kind;
import com.peerloop.gateway.stream.StreamUserProfile;
import com.peerloop.gateway.stream.StreamUsers;
import com.peerloop.gateway.web.ApiProblemException;
import com.peerloop.gateway.web.Problems;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports and the review queue. Whoever may read an item may report it, once (a repeat answers the first
 * report). The report is stored, then passed to Stream's moderation flag ({@link ReportFlags}). A feed's
 * moderators, as the access policy names them, list its reports and resolve them: dismiss, or remove the
 * item by the normal deletion; either closes every open report of the item, is audited, and a removal tells
 * each reporter.
 */
@Service
class ReportService {

    /** A report and whether this request filed it. */
    record Filed(ReportStore.Row report, boolean created) {}

    record Page(List<ReportStore.Row> reports, String next) {}

    private static final Logger log = LoggerFactory.getLogger(ReportService.class);
    private static final String CURSOR_KIND = "r1";

    private final ReportStore reports;
    private final ReportableContent content;
    private final ReportFlags flags;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final StreamUsers users;

    ReportService(
            StreamUsers users,
            ReportStore reports,
            ReportableContent content,
            ReportFlags flags,
            AccessPolicy policy,
            AuditTrail audit,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.users = users;
        this.reports = reports;
        this.content = content;
        this.flags = flags;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    Filed report(PeerLoopUser user, Kind kind, String id, ReportRequests.NewReport body) {
        if (body.reason() == ReportRequests.Reason.OTHER
                && (body.details() == null || body.details().isBlank())) {
            throw Problems.validation("details", "is required when the reason is other");
        }
        Item item = (kind == Kind.ACTIVITY ? content.activity(user, id) : content.comment(user, id))
                .orElseThrow(() -> Problems.notFound(kind == Kind.ACTIVITY ? "No such activity." : "No such comment."));
        Optional<ReportStore.Row> earlier = reports.findBy(user.id(), kind.wire(), id);
        if (earlier.isPresent()) {
            return new Filed(earlier.get(), false);
        }
        Feed reviewFeed = reviewFeed(item);
        // a flag names an existing Stream user: made sure of before anything is stored, so that a flag tried
        // again later (Stream down now) needs no profile
        users.ensure(new StreamUserProfile(user.id(), user.name(), user.picture()));
        ReportStore.Row row = new ReportStore.Row(
                UUID.randomUUID(),
                user.id(),
                kind.wire(),
                item.id(),
                item.activityId(),
                item.authorId(),
                reviewFeed.fid(),
                body.reason().wire(),
                body.details() == null || body.details().isBlank() ? null : body.details(),
                "open",
                clock.instant(),
                null,
                null,
                false,
                0);
        Optional<ReportStore.Row> stored = reports.insertIfAbsent(row);
        if (stored.isEmpty()) {
            // filed by a concurrent request of the same reporter
            return new Filed(reports.findBy(user.id(), kind.wire(), id).orElseThrow(), false);
        }
        log.info("report filed: id={} {}={} feed={} by={}", row.id(), kind.wire(), id, row.feed(), user.id());
        flags.flag(stored.get());
        return new Filed(reports.find(row.id()).orElse(stored.get()), true);
    }

    Page queue(PeerLoopUser user, Feed feed, String state, int limit, String next) {
        policy.requireModerate(user, feed);
        Instant beforeAt = null;
        UUID beforeId = null;
        if (next != null) {
            List<String> fields = Cursors.decode(CURSOR_KIND, 2, next)
                    .orElseThrow(() -> Problems.validation("next", "is not a cursor this list gave out"));
            try {
                beforeAt = Instant.ofEpochMilli(Long.parseLong(fields.get(0)));
                beforeId = UUID.fromString(fields.get(1));
            } catch (IllegalArgumentException e) {
                throw Problems.validation("next", "is not a cursor this list gave out");
            }
        }
        String hiddenAuthor = user.has(Role.ADMIN) ? null : user.id();
        List<ReportStore.Row> rows = reports.page(feed.fid(), state, hiddenAuthor, limit + 1, beforeAt, beforeId);
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        ReportStore.Row last = rows.get(limit - 1);
        return new Page(
                rows.subList(0, limit),
                Cursors.encode(
                        CURSOR_KIND,
                        Long.toString(last.createdAt().toEpochMilli()),
                        last.id().toString()));
    }

    ReportStore.Row resolve(PeerLoopUser user, UUID reportId, ReportRequests.Action action, String requestId) {
        ReportStore.Row report = reports.find(reportId).orElseThrow(() -> Problems.notFound("No such report."));
        Feed feed = Feed.parse(report.feed()).orElseThrow(() -> Problems.notFound("No such report."));
        policy.requireModerate(user, feed);
        if (!user.has(Role.ADMIN) && user.id().equals(report.authorId())) {
            throw Problems.forbidden("forbidden", "Reports about your own content are resolved by another moderator.");
        }
        String outcome = action == ReportRequests.Action.REMOVE ? "removed" : "dismissed";
        Instant now = clock.instant();
        // the reports are claimed first: of two moderators resolving at once, one closes them and the other is
        // answered as below, so a removal is never recorded as a dismissal or the other way round
        List<ReportStore.Row> closed = transactions.execute(status -> {
            List<ReportStore.Row> rows =
                    reports.resolve(report.targetType(), report.targetId(), outcome, user.id(), now);
            if (!rows.isEmpty()) {
                audit.record(new AuditEntry(
                        user.id(),
                        action == ReportRequests.Action.REMOVE ? "report.remove" : "report.dismiss",
                        report.targetType() + ":" + report.targetId(),
                        rows.size() + " open report(s) in " + report.feed(),
                        requestId));
            }
            return rows;
        });
        if (closed.isEmpty()) {
            ReportStore.Row current = reports.find(reportId).orElse(report);
            if (current.state().equals(outcome)) {
                return current;
            }
            throw new ApiProblemException(
                    HttpStatus.CONFLICT, "conflict", "Conflict", "The report was already " + current.state() + ".");
        }
        if (action == ReportRequests.Action.REMOVE) {
            Kind kind = "comment".equals(report.targetType()) ? Kind.COMMENT : Kind.ACTIVITY;
            try {
                if (!content.remove(user, kind, report.targetId())) {
                    log.info("reported {} {} was already gone", report.targetType(), report.targetId());
                }
            } catch (RuntimeException e) {
                // the removal did not happen: the reports are open again for a later attempt
                reports.reopen(closed.stream().map(ReportStore.Row::id).toList());
                throw e;
            }
        }
        log.info(
                "reports resolved: {} {}={} feed={} reports={} by={}",
                outcome,
                report.targetType(),
                report.targetId(),
                report.feed(),
                closed.size(),
                user.id());
        if (action == ReportRequests.Action.REMOVE) {
            events.publishEvent(new ReportedContentRemoved(
                    closed.stream().map(ReportStore.Row::reporterId).distinct().toList(),
                    report.targetType(),
                    report.targetId(),
                    report.activityId(),
                    report.feed(),
                    user.id()));
        }
        return reports.find(reportId).orElse(report);
    }

    /**
     * The feed whose moderators review reports of this item: the first of its activity's feeds that has
     * moderators of its own (not a notification or timeline feed, which only hold copies); 404 for an item in
     * none.
     */
    private static Feed reviewFeed(Item item) {
        return item.feeds().stream()
                .filter(feed -> feed.group() != FeedGroup.NOTIFICATION && feed.group() != FeedGroup.TIMELINE)
                .findFirst()
                // a notification (a copy in someone's notification feed) is not content anyone moderates: what
                // it points at is reported instead
                .orElseThrow(() -> Problems.notFound("No such activity."));
    }
}
