package com.peerloop.gateway.stream;

import java.time.Duration;

/**
 * A Stream call that failed, by what it means for the caller ({@link Kind}), not by Stream's HTTP status.
 * Thrown by every interface of this package; the web layer turns it into the contract's problem, and the
 * sync worker and webhook effects decide from its kind whether and when to try again.
 */
public final class StreamFailure extends RuntimeException {

    /** What went wrong, as far as the caller needs to know. */
    public enum Kind {
        /** No answer, a timeout, a 5xx or an open circuit: try again after {@link #retryAfter()}. */
        UNAVAILABLE("upstream_unavailable"),
        /** Stream is rate limiting the gateway: try again after {@link #retryAfter()}. */
        RATE_LIMITED("rate_limited"),
        /** Stream answered and refused the request; the same request will not succeed later. */
        REFUSED("upstream_error"),
        /** Stream has no such item. */
        NOT_FOUND("not_found");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** A stable name of the kind, the same as the contract's code it is answered with. */
        public String code() {
            return code;
        }
    }

    private final Kind kind;
    private final transient Duration retryAfter;
    private final boolean transientFailure;
    private final boolean retryable;
    private final Integer status;

    /**
     * {@code transientFailure} marks failures that say Stream is unwell (transport errors, timeouts, 5xx):
     * only those are counted by the circuit breaker. {@code retryable} marks the transient ones worth a
     * second attempt (reads only): not a timeout, which has already used the caller's whole time budget.
     */
    private StreamFailure(
            Kind kind,
            Duration retryAfter,
            boolean transientFailure,
            boolean retryable,
            Integer status,
            String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.retryAfter = retryAfter;
        this.transientFailure = transientFailure;
        this.retryable = retryable && transientFailure;
        this.status = status;
    }

    static StreamFailure unavailable(Duration retryAfter, boolean retryable, Integer status) {
        return new StreamFailure(Kind.UNAVAILABLE, retryAfter, true, retryable, status, "Stream is unavailable");
    }

    /** The circuit is open: no call was made, so nothing for the breaker or a retry to count. */
    static StreamFailure circuitOpen(Duration retryAfter) {
        return new StreamFailure(Kind.UNAVAILABLE, retryAfter, false, false, null, "Stream circuit open");
    }

    static StreamFailure rateLimited(Duration retryAfter) {
        return new StreamFailure(Kind.RATE_LIMITED, retryAfter, false, false, 429, "Stream rate limited the gateway");
    }

    static StreamFailure refused(Integer status) {
        return new StreamFailure(Kind.REFUSED, null, false, false, status, "Stream refused the request");
    }

    static StreamFailure notFound() {
        return new StreamFailure(Kind.NOT_FOUND, null, false, false, 404, "Stream has no such item");
    }

    public Kind kind() {
        return kind;
    }

    /** How long to wait before trying again: set for {@code UNAVAILABLE} and {@code RATE_LIMITED}, else null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    boolean isTransient() {
        return transientFailure;
    }

    boolean isRetryable() {
        return retryable;
    }

    /** Stream's HTTP status, or null when no answer came. */
    Integer status() {
        return status;
    }
}
