package com.peerloop.gateway.ratelimit;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.web.ProblemResponses;
import com.peerloop.gateway.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Draws each authenticated API request from its user's allowance before the controller runs (so before
 * the body is parsed and before any Stream call): every answer carries {@code X-RateLimit-Limit},
 * {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (seconds until the allowance is full), and
 * a request over the limit gets 429 {@code rate_limited} with {@code Retry-After}. If the bucket store
 * cannot be reached the request is let through: the limiter protects, it must not take the API down.
 */
@Component
class RateLimitInterceptor implements HandlerInterceptor {

    static final String LIMIT = "X-RateLimit-Limit";
    static final String REMAINING = "X-RateLimit-Remaining";
    static final String RESET = "X-RateLimit-Reset";

    private static final Logger log = LoggerFactory.getLogger(RateLimitInterceptor.class);

    private final RateLimiter limiter;
    private final ProblemResponses problems;

    RateLimitInterceptor(RateLimiter limiter, ProblemResponses problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PeerLoopUser user)) {
            return true;
        }
        Quota quota = Quota.of(request);
        Decision decision;
        try {
            decision = limiter.consume(user.id(), quota);
        } catch (RuntimeException e) {
            // fail open: whatever broke in the bucket store (SQL, pool timeout, serialization) must not refuse users
            log.warn(
                    "rate limit not checked: userId={} quota={} outcome=store_unavailable error={}",
                    user.id(),
                    quota.key(),
                    e.getClass().getSimpleName());
            return true;
        }
        response.setHeader(LIMIT, Integer.toString(decision.limit()));
        response.setHeader(REMAINING, Long.toString(decision.remaining()));
        response.setHeader(RESET, Long.toString(decision.resetSeconds()));
        if (decision.allowed()) {
            return true;
        }
        log.info(
                "request refused: userId={} quota={} outcome=rate_limited retryAfter={}s",
                user.id(),
                quota.key(),
                decision.retryAfterSeconds());
        problems.write(
                Problems.rateLimited(
                        "Too many " + describe(quota) + " for this user; try again later.",
                        Duration.ofSeconds(decision.retryAfterSeconds())),
                request,
                response);
        return false;
    }

    private static String describe(Quota quota) {
        return switch (quota) {
            case TOKEN -> "Stream token requests";
            case WRITES -> "write requests";
            case READS -> "read requests";
        };
    }
}
