package com.peerloop.gateway.stream;

import io.getstream.exceptions.StreamException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs every SDK request of the application, each through its operation's circuit breaker (reads also
 * through a retry), and turns failures into {@link StreamFailure}s: transport errors, timeouts, 5xx and an
 * open circuit are {@code UNAVAILABLE}, Stream's 429 is {@code RATE_LIMITED}, a 404 is {@code NOT_FOUND},
 * another 4xx (Stream is up but refused the request) is {@code REFUSED}. Every call is timed per operation
 * and outcome ({@code stream.calls}).
 */
@Component
class StreamCalls {

    /** Stream counts its rate limits per one-minute window. */
    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    static final Duration UNAVAILABLE_RETRY_AFTER = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(StreamCalls.class);

    private final Clock clock;
    private final CircuitBreakerRegistry breakers;
    private final RetryRegistry retries;
    private final MeterRegistry meters;
    private final Duration openWait;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    StreamCalls(
            Clock clock,
            CircuitBreakerRegistry breakers,
            RetryRegistry retries,
            MeterRegistry meters,
            StreamProperties properties) {
        this.clock = clock;
        this.breakers = breakers;
        this.retries = retries;
        this.meters = meters;
        this.openWait = properties.resilience().openWait();
    }

    /** One exchange with Stream that yields its own result and fails with a {@link StreamException}. */
    @FunctionalInterface
    interface Exchange<T> {
        T get() throws StreamException;
    }

    /** A call that changes nothing at Stream: retried once on a transient failure. */
    <T> T read(String operation, StreamCall<T> call) {
        return run(operation, sdk(call), true).orElse(null);
    }

    /**
     * A read the gateway sends and reads itself rather than through an SDK request ({@link FeedPageReader}); it
     * fails with {@link StreamException}s built as the SDK builds them, so it is guarded, retried, timed and
     * translated exactly as {@link #read} is.
     */
    <T> T readDirect(String operation, Exchange<T> exchange) {
        return run(operation, exchange, true).orElse(null);
    }

    /** A call that may change something at Stream: never retried blindly. */
    <T> T execute(String operation, StreamCall<T> call) {
        return run(operation, sdk(call), false).orElse(null);
    }

    /** A read where Stream's 404 is an empty result instead of a failure. */
    <T> Optional<T> find(String operation, StreamCall<T> call) {
        try {
            return run(operation, sdk(call), true);
        } catch (StreamFailure e) {
            if (e.kind() == StreamFailure.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static <T> Exchange<T> sdk(StreamCall<T> call) {
        return () -> call.execute().getData();
    }

    private <T> Optional<T> run(String operation, Exchange<T> exchange, boolean retryable) {
        CircuitBreaker breaker = breakers.circuitBreaker(operation);
        CheckedSupplier<T> guarded =
                CircuitBreaker.decorateCheckedSupplier(breaker, () -> attempt(operation, exchange));
        if (retryable) {
            Retry retry = retries.retry(operation);
            guarded = Retry.decorateCheckedSupplier(retry, guarded);
        }
        try {
            return Optional.ofNullable(guarded.get());
        } catch (CallNotPermittedException e) {
            meters.counter("stream.calls.rejected", "operation", operation).increment();
            log.warn("stream call refused: operation={} outcome=circuit_open", operation);
            throw StreamFailure.circuitOpen(openWait);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("unexpected failure of stream call " + operation, e);
        }
    }

    private <T> T attempt(String operation, Exchange<T> exchange) {
        long started = System.nanoTime();
        String outcome = "success";
        try {
            return exchange.get();
        } catch (StreamException e) {
            StreamFailure failure = translate(operation, e);
            outcome = failure.status() == null ? "transport_error" : Integer.toString(failure.status());
            throw failure;
        } finally {
            timer(operation, outcome).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    /** The call timer of an operation and outcome, built once (a registry look-up per call had a visible cost). */
    private Timer timer(String operation, String outcome) {
        return timers.computeIfAbsent(
                operation + '|' + outcome,
                key -> Timer.builder("stream.calls")
                        .tag("operation", operation)
                        .tag("outcome", outcome)
                        .publishPercentileHistogram()
                        .register(meters));
    }

    private StreamFailure translate(String operation, StreamException e) {
        StreamException.ResponseData data = e.getResponseData();
        Integer status = data == null ? null : data.getStatusCode();
        Integer code = data == null ? null : data.getCode();
        if (status == null) {
            boolean timedOut = e.getCause() instanceof InterruptedIOException;
            log.warn(
                    "stream call failed: operation={} outcome={} cause={}",
                    operation,
                    timedOut ? "timeout" : "transport_error",
                    e.getCause() == null ? "none" : e.getCause().getClass().getSimpleName());
            return StreamFailure.unavailable(UNAVAILABLE_RETRY_AFTER, !timedOut, null);
        }
        if (status == 404) {
            return StreamFailure.notFound();
        }
        log.warn("stream call failed: operation={} status={} streamCode={}", operation, status, code);
        if (status == 429) {
            return StreamFailure.rateLimited(untilNextWindow());
        }
        if (status >= 500 || status == 408) {
            return StreamFailure.unavailable(UNAVAILABLE_RETRY_AFTER, true, status);
        }
        // Any other 4xx: Stream is up and refused this request; retrying it cannot help.
        return StreamFailure.refused(status);
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
