package com.peerloop.gateway.web;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;

/** Factory for the contract's common problems, so every package words them alike. */
public final class Problems {

    private Problems() {}

    public static ApiProblemException validation(List<ApiProblemException.FieldError> errors) {
        return new ApiProblemException(
                HttpStatus.BAD_REQUEST,
                "validation_failed",
                "Validation failed",
                "The request has invalid fields.",
                null,
                errors);
    }

    public static ApiProblemException validation(String field, String message) {
        return validation(List.of(new ApiProblemException.FieldError(field, message)));
    }

    public static ApiProblemException notFound(String detail) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "not_found", "Not found", detail);
    }

    public static ApiProblemException forbidden(String code, String detail) {
        return new ApiProblemException(HttpStatus.FORBIDDEN, code, "Forbidden", detail);
    }

    public static ApiProblemException upstreamUnavailable(Duration retryAfter) {
        return new ApiProblemException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "upstream_unavailable",
                "Upstream unavailable",
                "The feed service is unavailable; try again later.",
                retryAfter,
                List.of());
    }

    /** 503 {@code unavailable}: the gateway itself cannot serve now (overloaded, or its database unreachable). */
    public static ApiProblemException unavailable(String detail, Duration retryAfter) {
        return new ApiProblemException(
                HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Unavailable", detail, retryAfter, List.of());
    }

    /** 422 {@code content_rejected}: a moderation rule refused the text. */
    public static ApiProblemException contentRejected(String detail) {
        return new ApiProblemException(
                HttpStatus.UNPROCESSABLE_CONTENT, "content_rejected", "Content rejected", detail);
    }

    /** Stream answered but refused the gateway's request: not the caller's fault, and not worth a retry. */
    public static ApiProblemException upstreamError() {
        return new ApiProblemException(
                HttpStatus.BAD_GATEWAY,
                "upstream_error",
                "Upstream error",
                "The feed service refused the gateway's request.");
    }

    public static ApiProblemException rateLimited(String detail, Duration retryAfter) {
        return new ApiProblemException(
                HttpStatus.TOO_MANY_REQUESTS, "rate_limited", "Too many requests", detail, retryAfter, List.of());
    }

    public static ApiProblemException payloadTooLarge(long limit) {
        return new ApiProblemException(
                HttpStatus.CONTENT_TOO_LARGE,
                "payload_too_large",
                "Payload too large",
                "The request body is larger than " + limit + " bytes.");
    }

    public static ApiProblemException malformed(String detail) {
        return new ApiProblemException(HttpStatus.BAD_REQUEST, "malformed_request", "Malformed request", detail);
    }
}
