package com.peerloop.gateway.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error that becomes an RFC 9457 problem response with the contract's {@code code}: its
 * {@link #getBody() ProblemDetail} carries {@code type} ({@code urn:peerloop:problem:<code>}), title, status,
 * detail and, as properties, {@code code} and {@code errors}; {@link ProblemResponses} adds the request's
 * {@code instance} and {@code requestId} when it writes one.
 */
public class ApiProblemException extends ErrorResponseException {

    static final String TYPE_PREFIX = "urn:peerloop:problem:";

    private final HttpStatus status;
    private final String code;
    private final Duration retryAfter;
    private final List<FieldError> errors;

    public ApiProblemException(HttpStatus status, String code, String title, String detail) {
        this(status, code, title, detail, null, List.of());
    }

    public ApiProblemException(
            HttpStatus status, String code, String title, String detail, Duration retryAfter, List<FieldError> errors) {
        super(status, body(status, code, title, detail, errors), null);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
        this.errors = List.copyOf(errors);
        if (retryAfter != null) {
            getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        }
    }

    private static ProblemDetail body(
            HttpStatus status, String code, String title, String detail, List<FieldError> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_PREFIX + code));
        body.setTitle(title);
        body.setProperty("code", code);
        if (!errors.isEmpty()) {
            body.setProperty("errors", List.copyOf(errors));
        }
        return body;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return getBody().getTitle();
    }

    /** How long the caller should wait before retrying, or null when the error is not transient. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The problem's detail: Spring's default (status and body) would put the whole problem in every log line. */
    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    /** One invalid input field, as listed in a {@code validation_failed} problem. */
    public record FieldError(String field, String message) {}
}
