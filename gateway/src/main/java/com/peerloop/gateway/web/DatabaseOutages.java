package com.peerloop.gateway.web;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;
import java.time.Duration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot serve now (unreachable, connection pool exhausted, timing out) from other
 * failures, wherever it surfaces: in a controller, or in a filter such as the revocation check inside the
 * security chain. Such a failure is the gateway's own unavailability, answered {@code 503 unavailable}.
 */
final class DatabaseOutages {

    /** How long a client is asked to wait before trying again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private DatabaseOutages() {}

    /** Whether the failure, or one of its causes, says the database cannot serve now. */
    static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof SQLTransientException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    static ApiProblemException problem() {
        return Problems.unavailable("The gateway cannot reach its database; try again later.", RETRY_AFTER);
    }
}
