package com.peerloop.gateway.web;

import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.Gradient2Limit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sheds load before it queues: Netflix's adaptive concurrency limit (gradient of measured latency) decides
 * how many API requests may run at once, and a request beyond that is answered {@code 503 unavailable} with
 * {@code Retry-After} straight away, before its token is even verified. The Stream webhook is not limited
 * (its deliveries are few, and Stream retries them only briefly); neither are the operations endpoints.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class LoadSheddingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoadSheddingFilter.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final ProblemResponses problems;
    private final boolean enabled;
    private final SimpleLimiter<Void> limiter;
    private final Counter shed;

    LoadSheddingFilter(ProblemResponses problems, LoadSheddingProperties properties, MeterRegistry meters) {
        this.problems = problems;
        this.enabled = properties.enabled();
        int max = Math.max(properties.maxLimit(), properties.minLimit());
        this.limiter = SimpleLimiter.newBuilder()
                .named("api")
                .limit(Gradient2Limit.newBuilder()
                        .initialLimit(Math.min(Math.max(properties.initialLimit(), properties.minLimit()), max))
                        .minLimit(properties.minLimit())
                        .maxConcurrency(max)
                        .rttTolerance(properties.rttTolerance())
                        .build())
                .build();
        this.shed = Counter.builder("gateway.requests.shed")
                .description("API requests answered 503 unavailable because the concurrency limit was reached")
                .register(meters);
        Gauge.builder("gateway.concurrency.limit", limiter, SimpleLimiter::getLimit)
                .description("Concurrent API requests the adaptive limit allows now")
                .register(meters);
        Gauge.builder("gateway.concurrency.inflight", limiter, SimpleLimiter::getInflight)
                .description("API requests running now under the concurrency limit")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !enabled || !path.startsWith("/api/") || path.equals("/api/stream/webhook");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Limiter.Listener> permit = limiter.acquire(null);
        if (permit.isEmpty()) {
            shed.increment();
            log.debug("request shed: limit={} {} {}", limiter.getLimit(), request.getMethod(), request.getRequestURI());
            problems.write(
                    Problems.unavailable("The gateway is overloaded; try again shortly.", RETRY_AFTER),
                    request,
                    response);
            return;
        }
        boolean completed = false;
        try {
            chain.doFilter(request, response);
            completed = true;
        } finally {
            if (completed && response.getStatus() < 500) {
                permit.get().onSuccess();
            } else {
                // a failure's latency says nothing about the gateway's capacity
                permit.get().onIgnore();
            }
        }
    }
}
