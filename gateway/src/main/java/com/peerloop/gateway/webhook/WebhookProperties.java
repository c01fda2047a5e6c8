package com.peerloop.gateway.webhook;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Stream webhook receiver settings ({@code PEERLOOP_WEBHOOK_*}). The key and secret that authenticate
 * a delivery are Stream's ({@code STREAM_API_KEY}, {@code STREAM_API_SECRET}).
 *
 * @param maxBodySize  largest delivery accepted, both as sent and after gzip decompression
 * @param pollInterval how often the effect poller looks for due events (read by its {@code @Scheduled})
 * @param batchSize    events claimed at once
 * @param maxAttempts  attempts at an event's effects before it is parked as failed
 * @param baseBackoff  wait after the first failed attempt; doubled per failure, with jitter
 * @param maxBackoff   longest wait between attempts (before jitter)
 * @param lease        how long a claim holds before another instance may take the event over
 */
@Validated
@ConfigurationProperties("peerloop.webhook")
record WebhookProperties(
        @NotNull @DefaultValue("1MB") DataSize maxBodySize,

        @NotNull
        @DurationMin(nanos = 0, inclusive = false, message = "must be a positive duration")
        @DefaultValue("500ms")
        Duration pollInterval,

        @Min(1) @Max(500) @DefaultValue("50") int batchSize,
        @Min(1) @Max(100) @DefaultValue("12") int maxAttempts,

        @NotNull @DurationMin(nanos = 0, inclusive = false, message = "must be a positive duration") @DefaultValue("1s")
        Duration baseBackoff,

        @NotNull @DefaultValue("5m") Duration maxBackoff,

        @NotNull
        @DurationMin(nanos = 0, inclusive = false, message = "must be a positive duration")
        @DefaultValue("60s")
        Duration lease) {

    @AssertTrue(message = "must not be longer than max-backoff")
    boolean isBaseBackoffValid() {
        return baseBackoff == null || maxBackoff == null || baseBackoff.compareTo(maxBackoff) <= 0;
    }
}
