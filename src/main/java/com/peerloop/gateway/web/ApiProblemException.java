package com.peerloop.gateway.web;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * An error that becomes an RFC 9457 problem response with the contract's {@code code}.
 * Subclasses carry the status; the handler in this package renders them all the same way.
 */
public class ApiProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final Duration retryAfter;
    private final List<FieldError> errors;

    public ApiProblemException(HttpStatus status, String code, String title, String detail) {
        this(status, code, title, detail, null, List.of());
    }

    public ApiProblemException(HttpStatus status, String code, String title, String detail,
            Duration retryAfter, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.retryAfter = retryAfter;
        this.errors = List.copyOf(errors);
    }

    public HttpStatus status() { return status; }

    public String code() { return code; }

    public String title() { return title; }

    /** How long the caller should wait before retrying, or null when the error is not transient. */
    public Duration retryAfter() { return retryAfter; }

    public List<FieldError> errors() { return errors; }

    /** One invalid input field, as listed in a {@code validation_failed} problem. */
    public record FieldError(String field, String message) {}
}
