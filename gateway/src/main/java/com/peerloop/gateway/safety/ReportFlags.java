package com.peerloop.gateway.safety;

import com.peerloop.gateway.stream.StreamFailure;
import com.peerloop.gateway.stream.StreamSafety;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Passes each stored report to Stream's moderation flag: at once when it is filed, and again from here
 * every {@code peerloop.safety.flag-retry-interval} for those Stream did not take (it was down); an attempt
 * under way is not repeated before that interval has passed since it started. Up to
 * {@code peerloop.safety.max-flag-attempts} tries. A refusal by Stream (such as a repeat flag) counts as
 * done: the same request would be refused again. The gateway's own review queue never waits for Stream.
 */
@Component
class ReportFlags {

    private static final Logger log = LoggerFactory.getLogger(ReportFlags.class);

    private final ReportStore reports;
    private final StreamSafety stream;
    private final SafetyProperties properties;
    private final Clock clock;

    ReportFlags(ReportStore reports, StreamSafety stream, SafetyProperties properties, Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.stream = stream;
        this.properties = properties;
    }

    /**
     * Flags one report at Stream if no one else is doing so; failures are logged and left for the retry. The
     * reporter exists at Stream: the report is stored only after that was made sure of.
     */
    void flag(ReportStore.Row report) {
        Instant now = clock.instant();
        if (report.streamFlagged() || !reports.claimFlag(report.id(), now, now.minus(properties.flagRetryInterval()))) {
            return;
        }
        try {
            stream.flag(
                    "comment".equals(report.targetType()) ? StreamSafety.Entity.COMMENT : StreamSafety.Entity.ACTIVITY,
                    report.targetId(),
                    report.authorId(),
                    report.reporterId(),
                    report.reason());
            reports.flagged(report.id());
            log.info("report flagged at stream: report={} {}={}", report.id(), report.targetType(), report.targetId());
        } catch (StreamFailure e) {
            if (e.kind() == StreamFailure.Kind.REFUSED || e.kind() == StreamFailure.Kind.NOT_FOUND) {
                reports.flagged(report.id());
                log.warn(
                        "stream refused the flag of report={} ({}); not tried again",
                        report.id(),
                        e.kind().code());
            } else {
                log.warn(
                        "stream flag of report={} failed ({}), tried again later (attempt {} of {})",
                        report.id(),
                        e.kind().code(),
                        report.flagAttempts() + 1,
                        properties.maxFlagAttempts());
            }
        }
    }

    @Scheduled(
            fixedDelayString = "${peerloop.safety.flag-retry-interval:30s}",
            initialDelayString = "${peerloop.safety.flag-retry-interval:30s}")
    void retry() {
        try {
            Instant now = clock.instant();
            reports.unflagged(properties.maxFlagAttempts(), now.minus(properties.flagRetryInterval()), 50)
                    .forEach(this::flag);
        } catch (RuntimeException e) {
            log.warn("flag retry round failed: {}", e.getClass().getSimpleName());
        }
    }
}
