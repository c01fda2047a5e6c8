package com.peerloop.gateway.sync;

import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.stream.FeedGroupSpec;
import com.peerloop.gateway.stream.StreamFailure;
import com.peerloop.gateway.stream.StreamFeedGroups;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Creates or updates the {@code townhall}, {@code course} and {@code instructor} feed groups in Stream, the
 * latter two readable by their members only, and brings the built-in {@code notification} group to
 * aggregate by type and day with read and seen tracking. Runs in the background from start-up, retrying with
 * exponential backoff until Stream answers, and on demand. Not through the outbox: the wanted state is a
 * constant of the code, not a record change, so there is nothing to lose; every instance converges on its
 * own; and the outbox worker waits for it ({@link #ready()}), so intents do not spend their tries on groups
 * Stream lacks.
 */
@Component
class FeedGroupProvisioning {

    private static final Logger log = LoggerFactory.getLogger(FeedGroupProvisioning.class);

    /** The gateway's own groups, each with the default visibility it gets. */
    static final Map<FeedGroup, String> GROUPS = groups();

    private final StreamFeedGroups feedGroups;
    private final SyncProperties properties;
    private final Clock clock;
    private final IntervalFunction backoff;
    private final AtomicBoolean retrying = new AtomicBoolean();
    private volatile boolean provisioned;
    private Instant nextAttempt = Instant.MIN;
    private int failures;

    FeedGroupProvisioning(StreamFeedGroups feedGroups, SyncProperties properties, Clock clock) {
        this.feedGroups = feedGroups;
        this.properties = properties;
        this.clock = clock;
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(
                properties.baseBackoff(), 2.0, 0.5, properties.maxBackoff());
    }

    boolean isProvisioned() {
        return provisioned;
    }

    /** Whether the groups are provisioned; when not, and a retry is due, tries once now. */
    boolean ready() {
        if (provisioned) {
            return true;
        }
        synchronized (this) {
            if (!provisioned && !clock.instant().isBefore(nextAttempt)) {
                try {
                    provision();
                } catch (RuntimeException e) {
                    // logged and scheduled by provision()
                }
            }
            return provisioned;
        }
    }

    /** Provisions now, whatever the schedule; returns group id → outcome, or throws the Stream problem. */
    synchronized Map<String, StreamFeedGroups.Outcome> provision() {
        Map<String, StreamFeedGroups.Outcome> outcomes = new LinkedHashMap<>();
        try {
            GROUPS.forEach((group, visibility) ->
                    outcomes.put(group.id(), feedGroups.ensure(FeedGroupSpec.ownActivities(group, visibility))));
            FeedGroupSpec notifications = FeedGroupSpec.notifications();
            outcomes.put(notifications.group().id(), feedGroups.ensure(notifications));
        } catch (RuntimeException e) {
            failures++;
            Duration wait = Duration.ofMillis(backoff.apply(failures));
            nextAttempt = clock.instant().plus(wait);
            log.warn(
                    "feed group provisioning failed: attempt={} error={} retryIn={}",
                    failures,
                    e instanceof StreamFailure f
                            ? f.kind().code()
                            : e.getClass().getSimpleName(),
                    wait);
            throw e;
        }
        provisioned = true;
        failures = 0;
        log.info("feed groups provisioned: {}", outcomes);
        return outcomes;
    }

    /**
     * From start-up until the groups are provisioned, tries whenever the backoff since the last failure has
     * passed; looks as often as the outbox worker polls.
     */
    @Scheduled(fixedRateString = "${peerloop.sync.poll-interval}")
    void provisionInBackground() {
        if (!properties.provisionOnStart() || provisioned || !retrying.compareAndSet(false, true)) {
            return;
        }
        try {
            ready();
        } finally {
            retrying.set(false);
        }
    }

    private static Map<FeedGroup, String> groups() {
        Map<FeedGroup, String> groups = new LinkedHashMap<>();
        for (FeedGroup group : List.of(FeedGroup.TOWNHALL, FeedGroup.COURSE, FeedGroup.INSTRUCTOR)) {
            groups.put(group, group.membersOnly() ? "members" : "visible");
        }
        return Collections.unmodifiableMap(groups);
    }
}
