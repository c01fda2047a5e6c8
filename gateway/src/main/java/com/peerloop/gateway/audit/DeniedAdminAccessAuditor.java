package com.peerloop.gateway.audit;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Audits an authenticated caller's refused attempt at an admin endpoint. Spring Security publishes an
 * {@link AuthorizationDeniedEvent} for every refusal of its filter chains; anonymous callers (answered
 * 401) are not audited, so that nobody can fill the log without a valid token.
 */
@Component
class DeniedAdminAccessAuditor {

    static final String ACTION = "admin.access_denied";

    private static final Logger log = LoggerFactory.getLogger(DeniedAdminAccessAuditor.class);
    private static final RequestMatcher ADMIN_PATHS =
            PathPatternRequestMatcher.withDefaults().matcher("/api/admin/**");
    private static final int MAX_TARGET = 200;

    private final AuditTrail audit;

    DeniedAdminAccessAuditor(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        if (!(event.getObject() instanceof HttpServletRequest request)
                || !ADMIN_PATHS.matches(request)
                || !(event.getAuthentication().get().getPrincipal() instanceof PeerLoopUser user)) {
            return;
        }
        String target = request.getMethod() + " " + request.getRequestURI();
        try {
            audit.record(new AuditEntry(
                    user.id(),
                    ACTION,
                    target.length() > MAX_TARGET ? target.substring(0, MAX_TARGET) : target,
                    null,
                    RequestIds.of(request)));
            log.info("admin access denied: userId={}", user.id());
        } catch (DataAccessException e) {
            // the caller still gets the 403; the failure to audit must be seen by operators
            log.error(
                    "admin access denied but not audited: userId={} error={}",
                    user.id(),
                    e.getClass().getSimpleName());
        }
    }
}
