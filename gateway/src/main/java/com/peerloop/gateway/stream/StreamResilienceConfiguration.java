package com.peerloop.gateway.stream;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One circuit breaker and one read retry per Stream operation, from {@link StreamProperties.Resilience}.
 * Only transient failures (no answer, timeouts, 5xx) count against a breaker, and only those other than
 * a timeout earn a retry: a 4xx or 429 means Stream is up and answering, and a read that timed out has
 * used its caller's time budget (asking a slow Stream again doubles the wait and the load).
 */
@Configuration(proxyBeanMethods = false)
class StreamResilienceConfiguration {

    @Bean
    CircuitBreakerRegistry streamCircuitBreakers(StreamProperties properties, MeterRegistry meters) {
        StreamProperties.Resilience r = properties.resilience();
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(r.windowSize())
                .minimumNumberOfCalls(Math.min(r.minimumCalls(), r.windowSize()))
                .failureRateThreshold(r.failureRateThreshold())
                .waitDurationInOpenState(r.openWait())
                .permittedNumberOfCallsInHalfOpenState(2)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordException(e -> e instanceof StreamFailure f && f.isTransient())
                .build();
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(config);
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
        return registry;
    }

    @Bean
    RetryRegistry streamReadRetries(StreamProperties properties, MeterRegistry meters) {
        StreamProperties.Resilience r = properties.resilience();
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(1 + r.readRetries())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(r.retryBackoff(), 2.0, 0.5))
                .retryOnException(e -> e instanceof StreamFailure f && f.isRetryable())
                .build();
        RetryRegistry registry = RetryRegistry.of(config);
        TaggedRetryMetrics.ofRetryRegistry(registry).bindTo(meters);
        return registry;
    }
}
