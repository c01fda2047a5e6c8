package com.peerloop.gateway.stream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.getstream.exceptions.StreamException;

import com.peerloop.gateway.web.ApiProblemException;
import com.peerloop.gateway.web.Problems;

/**
 * Runs every SDK request of the application and turns its failures into the contract's problems:
 * transport errors, timeouts and 5xx become 503 {@code upstream_unavailable}, Stream's 429 becomes
 * 429 {@code rate_limited}, a 404 becomes {@code not_found}.
 */
@Component
class StreamCalls {

    /** Stream counts its rate limits per one-minute window. */
    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);
    static final Duration UNAVAILABLE_RETRY_AFTER = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(StreamCalls.class);

    private final Clock clock;

    StreamCalls(Clock clock) {
        this.clock = clock;
    }

    <T> T execute(String operation, StreamCall<T> call) {
        try {
            return call.execute().getData();
        } catch (StreamException e) {
            throw translate(operation, e);
        }
    }

    /**
     * Like {@link #execute}, but a 400 (Stream refused the request's content, e.g. an unknown user) is
     * answered with an empty result instead of a problem, for callers that can tell what it means.
     */
    <T> Optional<T> executeUnlessRefused(String operation, StreamCall<T> call) {
        try {
            return Optional.ofNullable(call.execute().getData());
        } catch (StreamException e) {
            StreamException.ResponseData data = e.getResponseData();
            if (data != null && Integer.valueOf(400).equals(data.getStatusCode())) {
                log.info("stream refused the request: operation={} status=400 streamCode={}", operation,
                        data.getCode());
                return Optional.empty();
            }
            throw translate(operation, e);
        }
    }

    /** Like {@link #execute}, but Stream's 404 is an empty result instead of a problem. */
    <T> Optional<T> find(String operation, StreamCall<T> call) {
        try {
            return Optional.ofNullable(call.execute().getData());
        } catch (StreamException e) {
            StreamException.ResponseData data = e.getResponseData();
            if (data != null && Integer.valueOf(404).equals(data.getStatusCode())) {
                return Optional.empty();
            }
            throw translate(operation, e);
        }
    }

    private ApiProblemException translate(String operation, StreamException e) {
        StreamException.ResponseData data = e.getResponseData();
        Integer status = data == null ? null : data.getStatusCode();
        Integer code = data == null ? null : data.getCode();
        if (status == null) {
            log.warn("stream call failed: operation={} outcome=transport_error", operation);
            return Problems.upstreamUnavailable(UNAVAILABLE_RETRY_AFTER);
        }
        log.warn("stream call failed: operation={} status={} streamCode={}", operation, status, code);
        if (status == 429) {
            return Problems.rateLimited("The feed service is rate limiting this gateway.", untilNextWindow());
        }
        if (status == 404) {
            return Problems.notFound("No such item.");
        }
        return Problems.upstreamUnavailable(UNAVAILABLE_RETRY_AFTER);
    }

    /**
     * SDK 4.1.1 drops Stream's rate-limit headers on a 429, so the reset time is unknown; Stream's limits
     * are per minute, so the next window starts at the latest at the next whole minute.
     */
    private Duration untilNextWindow() {
        Instant now = clock.instant();
        Instant next = now.truncatedTo(ChronoUnit.MINUTES).plus(RATE_WINDOW);
        return Duration.between(now, next).plusSeconds(1);
    }
}
