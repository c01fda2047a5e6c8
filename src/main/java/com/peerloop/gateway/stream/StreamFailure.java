package com.peerloop.gateway.stream;

import com.peerloop.gateway.web.ApiProblemException;

/**
 * A failed Stream call, already translated to the problem the caller gets. {@code transientFailure}
 * marks failures that say Stream is unwell (transport errors, timeouts, 5xx): only those are counted by
 * the circuit breaker. {@code retryable} marks the transient ones worth a second attempt (reads only): not
 * a timeout, which has already used the caller's whole time budget.
 */
final class StreamFailure extends RuntimeException {

    private final transient ApiProblemException problem;
    private final boolean transientFailure;
    private final boolean retryable;
    private final Integer status;

    StreamFailure(ApiProblemException problem, boolean transientFailure, Integer status) {
        this(problem, transientFailure, transientFailure, status);
    }

    StreamFailure(ApiProblemException problem, boolean transientFailure, boolean retryable, Integer status) {
        super(problem.getMessage(), null, false, false);
        this.problem = problem;
        this.transientFailure = transientFailure;
        this.retryable = retryable && transientFailure;
        this.status = status;
    }

    ApiProblemException problem() { return problem; }

    boolean isTransient() { return transientFailure; }

    boolean isRetryable() { return retryable; }

    /** Stream's HTTP status, or null when no answer came. */
    Integer status() { return status; }
}
