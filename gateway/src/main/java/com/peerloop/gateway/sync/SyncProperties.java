package com.peerloop.gateway.sync;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox worker and the feed group provisioning behave ({@code PEERLOOP_SYNC_*}).
 *
 * @param workerEnabled    whether this instance applies intents (every instance still writes them)
 * @param pollInterval     how often an idle worker looks for due intents
 * @param batchSize        intents claimed at once
 * @param concurrency      intents of one batch applied in parallel (never two of one user and feed)
 * @param maxAttempts      tries before an intent is parked as failed
 * @param baseBackoff      wait after the first failure; doubled per failure, with jitter
 * @param maxBackoff       longest wait between tries
 * @param lease            how long a claim holds before another instance may take the intent over
 * @param provisionOnStart whether the feed groups are provisioned in the background at start-up
 */
@Validated
@ConfigurationProperties("peerloop.sync")
record SyncProperties(
        @DefaultValue("true") boolean workerEnabled,

        @NotNull
        @DurationMin(nanos = 0, inclusive = false, message = "must be a positive duration")
        @DefaultValue("500ms")
        Duration pollInterval,

        @Min(1) @Max(1000) @DefaultValue("100") int batchSize,
        @Min(1) @Max(64) @DefaultValue("8") int concurrency,
        @Min(1) @DefaultValue("10") int maxAttempts,

        @NotNull @DurationMin(nanos = 0, inclusive = false, message = "must be a positive duration") @DefaultValue("1s")
        Duration baseBackoff,

        @NotNull @DefaultValue("5m") Duration maxBackoff,

        @NotNull
        @DurationMin(nanos = 0, inclusive = false, message = "must be a positive duration")
        @DefaultValue("60s")
        Duration lease,

        @DefaultValue("true") boolean provisionOnStart) {

    @AssertTrue(message = "must not be longer than max-backoff")
    boolean isBaseBackoffValid() {
        return baseBackoff == null || maxBackoff == null || baseBackoff.compareTo(maxBackoff) <= 0;
    }
}
