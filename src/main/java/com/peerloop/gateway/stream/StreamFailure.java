package com.peerloop.gateway.stream;

import com.peerloop.gateway.web.ApiProblemException;

/**
 * A failed Stream call, already translated to the problem the caller gets. {@code transientFailure}
 * marks failures that say Stream is unwell (transport errors, timeouts, 5xx): only those are retried
 * (reads only) and counted by the circuit breaker.
 */
final class StreamFailure extends RuntimeException {

    private final transient ApiProblemException problem;
    private final boolean transientFailure;
    private final Integer status;

    StreamFailure(ApiProblemException problem, boolean transientFailure, Integer status) {
        super(problem.getMessage(), null, false, false);
        this.problem = problem;
        this.transientFailure = transientFailure;
        this.status = status;
    }

    ApiProblemException problem() { return problem; }

    boolean isTransient() { return transientFailure; }

    /** Stream's HTTP status, or null when no answer came. */
    Integer status() { return status; }
}
