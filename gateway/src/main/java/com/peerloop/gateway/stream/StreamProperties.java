package com.peerloop.gateway.stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Stream app credentials and call settings ({@code STREAM_*}).
 *
 * @param apiKey        the Stream app's API key
 * @param apiSecret     the app's secret: signs server and user tokens, at least 32 bytes
 * @param baseUrl       Stream API base URL; unset means the SDK's default host
 * @param tokenValidity lifetime of the user tokens handed to clients
 * @param timeout       bound on one whole Stream call
 * @param resilience    retry and circuit-breaker policy of Stream calls
 */
@Validated
@ConfigurationProperties("stream")
public record StreamProperties(
        @NotBlank(message = "is required") String apiKey,
        @NotBlank(message = "is required") String apiSecret,
        URI baseUrl,

        @NotNull
        @DurationMin(nanos = 0, inclusive = false, message = "must be a positive duration")
        @DefaultValue("24h")
        Duration tokenValidity,

        @NotNull @DurationMin(nanos = 0, inclusive = false, message = "must be a positive duration") @DefaultValue("3s")
        Duration timeout,

        @Valid @NotNull @DefaultValue Resilience resilience) {

    /**
     * How Stream calls react to Stream's failures ({@code STREAM_RESILIENCE_*}).
     *
     * @param readRetries          extra attempts of a read after a transient failure; writes are never retried
     * @param retryBackoff         wait before the first retry, doubled (with jitter) for later ones
     * @param failureRateThreshold percentage of failed calls in the window that opens an operation's breaker
     * @param minimumCalls         calls in the window before the rate is judged
     * @param windowSize           calls the failure rate is computed over
     * @param openWait             how long an open breaker refuses calls before it lets a few through
     */
    public record Resilience(
            @Min(0) @Max(3) @DefaultValue("1") int readRetries,
            @NotNull @DefaultValue("100ms") Duration retryBackoff,
            @Min(1) @Max(100) @DefaultValue("50") int failureRateThreshold,
            @Min(1) @DefaultValue("10") int minimumCalls,
            @Min(1) @DefaultValue("20") int windowSize,
            @NotNull @DefaultValue("10s") Duration openWait) {}

    @AssertTrue(message = "must be at least 32 bytes")
    boolean isApiSecretLongEnough() {
        return apiSecret == null || apiSecret.isBlank() || apiSecret.getBytes(StandardCharsets.UTF_8).length >= 32;
    }
}
