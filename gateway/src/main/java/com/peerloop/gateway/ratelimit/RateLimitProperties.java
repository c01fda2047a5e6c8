package com.peerloop.gateway.ratelimit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Per-user request allowances ({@code PEERLOOP_RATE_LIMIT_*}), shared by all instances on one database.
 *
 * @param enabled                off only for load tests of other parts
 * @param tokenPerMinute         {@code POST /api/stream/token} calls per user and minute
 * @param writesPerMinute        other non-GET API calls per user and minute
 * @param readsPerMinute         GET API calls per user and minute
 * @param unsynchronizedPercent  share of a limit one instance may admit for a user without asking the
 *                               database; 0 consults the database on every request (exact, slower)
 * @param syncInterval           longest time one instance goes without reconciling a user's allowance; the
 *                               over-admission bound depends on {@code unsynchronizedPercent} only, so one
 *                               allowance window (a minute) keeps the shared bucket current enough
 * @param exemptPaths            path patterns never limited (the PeerLoop backend's internal API)
 */
@Validated
@ConfigurationProperties("peerloop.rate-limit")
record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @Min(1) @DefaultValue("10") int tokenPerMinute,
        @Min(1) @DefaultValue("30") int writesPerMinute,
        @Min(1) @DefaultValue("300") int readsPerMinute,
        @Min(0) @Max(50) @DefaultValue("10") int unsynchronizedPercent,

        @NotNull
        @DurationMin(nanos = 0, inclusive = false, message = "must be a positive duration")
        @DefaultValue("60s")
        Duration syncInterval,

        @NotNull @DefaultValue("/api/internal/**") List<String> exemptPaths) {

    int perMinute(Quota quota) {
        return switch (quota) {
            case TOKEN -> tokenPerMinute;
            case WRITES -> writesPerMinute;
            case READS -> readsPerMinute;
        };
    }

    /** Requests one instance may admit for a user on its own between two visits to the database. */
    long unsynchronized(Quota quota) {
        return (long) perMinute(quota) * unsynchronizedPercent / 100;
    }
}
