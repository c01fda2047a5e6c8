package com.peerloop.gateway.privacy;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How erasure and export jobs run ({@code PEERLOOP_PRIVACY_*}).
 *
 * @param pseudonymKey     HMAC key that turns an erased user's id into their pseudonym; keep it stable, or the
 *                         same user gets another pseudonym. Unset: a key derived from the Stream secret
 * @param workerEnabled    whether this instance works on jobs (every instance accepts them)
 * @param pollInterval     how often the worker looks for due jobs
 * @param taskPollInterval how long the worker waits before asking Stream again about a task under way
 * @param maxAttempts      failed attempts at one step before the job is parked as failed
 * @param baseBackoff      wait after a step's first failure; doubled per failure, with jitter
 * @param maxBackoff       longest wait between attempts
 * @param lease            how long a claimed job is held before another instance may take it over
 * @param exportRetention  how long a finished export's document is kept when nobody downloads it
 * @param erasureSettle    how long an erasure waits after Stream's deletions before it erases what arrived
 *                         meanwhile (Stream's webhook events about the deleted user, and their effects) again
 */
@Validated
@ConfigurationProperties("peerloop.privacy")
record PrivacyProperties(
        @Size(min = 32, message = "must be at least 32 characters")
        String pseudonymKey,

        @DefaultValue("true") boolean workerEnabled,

        @NotNull @DurationMin(nanos = 0, inclusive = false, message = "must be a positive duration") @DefaultValue("1s")
        Duration pollInterval,

        @NotNull @DurationMin(nanos = 0, inclusive = false, message = "must be a positive duration") @DefaultValue("2s")
        Duration taskPollInterval,

        @Min(1) @DefaultValue("10") int maxAttempts,

        @NotNull @DurationMin(nanos = 0, inclusive = false, message = "must be a positive duration") @DefaultValue("2s")
        Duration baseBackoff,

        @NotNull @DefaultValue("10m") Duration maxBackoff,

        @NotNull
        @DurationMin(nanos = 0, inclusive = false, message = "must be a positive duration")
        @DefaultValue("60s")
        Duration lease,

        @NotNull @DurationMin(nanos = 0, inclusive = false, message = "must be a positive duration") @DefaultValue("7d")
        Duration exportRetention,

        @NotNull @DefaultValue("5m") Duration erasureSettle) {

    @AssertTrue(message = "must not be longer than max-backoff")
    boolean isBaseBackoffValid() {
        return baseBackoff == null || maxBackoff == null || baseBackoff.compareTo(maxBackoff) <= 0;
    }
}
