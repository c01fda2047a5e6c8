package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A failure answered with Stream's error envelope {@code {code,message,StatusCode,duration,more_info,details}}.
 * Thrown by handlers and the auth check; turned into the HTTP answer by {@link RequestDispatcher}.
 */
final class StreamError extends RuntimeException {

    private final int status;
    private final int code;
    private final Map<String, String> exceptionFields;

    StreamError(int status, int code, String message) {
        this(status, code, message, Map.of());
    }

    private StreamError(int status, int code, String message, Map<String, String> exceptionFields) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.exceptionFields = exceptionFields;
    }

    /** Stream's input error (400 / code 4) with {@code exception_fields} naming the offending field. */
    static StreamError invalidInput(String message, String field, String reason) {
        return new StreamError(400, 4, message, Map.of(field, reason));
    }

    /** {@link #invalidInput} where the message is also the field's reason. */
    static StreamError invalidField(String field, String message) {
        return invalidInput(message, field, message);
    }

    static StreamError badRequest(String message) {
        return new StreamError(400, 4, message);
    }

    static StreamError notFound(String message) {
        return new StreamError(404, 16, message);
    }

    static StreamError forbidden(String message) {
        return new StreamError(403, 17, message);
    }

    /** The error Stream would send for a bare HTTP status, as used by fault injection. */
    static StreamError forStatus(int status) {
        return switch (status) {
            case 400 -> badRequest("Bad request");
            case 401 -> new StreamError(401, 5, "Unauthorized");
            case 403 -> forbidden("Forbidden");
            case 404 -> notFound("Not found");
            case 408 -> new StreamError(408, 23, "Request timed out");
            case 413 -> new StreamError(413, 22, "Payload too big");
            case 429 -> new StreamError(429, 9, "Too many requests");
            default -> new StreamError(status, -1, "Internal server error (injected fault " + status + ")");
        };
    }

    int status() {
        return status;
    }

    int code() {
        return code;
    }

    ObjectNode body() {
        ObjectNode body = Json.object();
        body.put("code", code);
        body.put("message", getMessage());
        body.put("StatusCode", status);
        body.put("duration", RequestDispatcher.DURATION);
        body.put("more_info", "https://getstream.io/chat/docs/api_errors_response");
        body.putArray("details");
        if (!exceptionFields.isEmpty()) {
            exceptionFields.forEach(body.putObject("exception_fields")::put);
        }
        return body;
    }
}
