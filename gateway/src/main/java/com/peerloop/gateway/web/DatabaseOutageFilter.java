package com.peerloop.gateway.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code 503 unavailable} for a database outage that escapes a filter: the security chain's
 * revocation check reads the database before any controller runs, so its failure never reaches the MVC
 * exception handler. Runs before the security chain and after the request id and access log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ProblemResponses problems;

    DatabaseOutageFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!DatabaseOutages.isOutage(e) || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    "database unavailable: {} {} answered 503 ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.getClass().getSimpleName());
            response.resetBuffer();
            problems.write(DatabaseOutages.problem(), request, response);
        }
    }
}
