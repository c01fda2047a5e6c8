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
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One line per request once it is answered: method, route template, path, status, duration, user id
 * and request id (the trace id comes with the logging context). Never headers or bodies, so never a
 * token. It wraps the security filters, so refused requests are logged too; the user is read from where
 * the authenticating filter saved it, because the security context is cleared before this line is
 * written. Inside the tracing filter, so the line carries the request's trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class AccessLogFilter extends OncePerRequestFilter {

    static final String LOGGER = "com.peerloop.gateway.access";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    private static final RequestAttributeSecurityContextRepository CONTEXTS =
            new RequestAttributeSecurityContextRepository();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            write(request, failed ? 500 : response.getStatus(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static void write(HttpServletRequest request, int status, long millis) {
        if (!log.isInfoEnabled()) {
            return;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String route = pattern == null ? "-" : pattern.toString();
        String user = user(request);
        String requestId = RequestIds.of(request);
        log.atInfo()
                .addKeyValue("http.method", request.getMethod())
                .addKeyValue("http.route", route)
                .addKeyValue("url.path", request.getRequestURI())
                .addKeyValue("http.status", status)
                .addKeyValue("durationMs", millis)
                .addKeyValue("userId", user)
                .log(
                        "request method={} route={} path={} status={} durationMs={} userId={} requestId={}",
                        request.getMethod(),
                        route,
                        request.getRequestURI(),
                        status,
                        millis,
                        user,
                        requestId);
    }

    private static String user(HttpServletRequest request) {
        SecurityContext context = CONTEXTS.loadDeferredContext(request).get();
        Authentication authentication = context == null ? null : context.getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return "-";
        }
        return authentication.getName();
    }
}
