package com.peerloop.gateway.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders {@link ApiProblemException}s as RFC 9457 bodies: {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}, {@code code}, {@code requestId} (and {@code errors} for validation).
 * Used by the MVC exception handler and by filters that answer before MVC is reached, so it is also
 * where refusals are counted: {@code gateway.refusals{code, status}} for every 401, 403 and 429.
 */
@Component
public class ProblemResponses {

    private static final String TYPE_PREFIX = "urn:peerloop:problem:";

    private final JsonMapper json;
    private final MeterRegistry meters;

    ProblemResponses(JsonMapper json, MeterRegistry meters) {
        this.json = json;
        this.meters = meters;
    }

    /** The problem as a response entity, for exception handlers. */
    public ResponseEntity<Map<String, Object>> entity(ApiProblemException problem, HttpServletRequest request) {
        countRefusal(problem);
        return ResponseEntity.status(problem.status())
                .headers(headers(problem))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(problem, request.getRequestURI(), request));
    }

    /** Writes the problem straight to the servlet response, for filters and security handlers. */
    public void write(ApiProblemException problem, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        write(problem, request.getRequestURI(), request, response);
    }

    /** As {@link #write}, with the {@code instance} given: for requests whose own path is not fit to echo. */
    void write(ApiProblemException problem, String instance, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        countRefusal(problem);
        response.setStatus(problem.status().value());
        headers(problem).forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body(problem, instance, request));
    }

    private void countRefusal(ApiProblemException problem) {
        int status = problem.status().value();
        if (status == 401 || status == 403 || status == 429) {
            Counter.builder("gateway.refusals")
                    .description("Requests refused for their credentials, rights or rate (401, 403, 429) by code")
                    .tag("code", problem.code()).tag("status", Integer.toString(status))
                    .register(meters).increment();
        }
    }

    private static HttpHeaders headers(ApiProblemException problem) {
        HttpHeaders headers = new HttpHeaders();
        if (problem.retryAfter() != null) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, problem.retryAfter().toSeconds())));
        }
        return headers;
    }

    private static Map<String, Object> body(ApiProblemException problem, String instance,
            HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + problem.code());
        body.put("title", problem.title());
        body.put("status", problem.status().value());
        body.put("detail", problem.getMessage());
        body.put("instance", instance);
        body.put("code", problem.code());
        body.put("requestId", RequestIds.of(request));
        List<ApiProblemException.FieldError> errors = problem.errors();
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        return body;
    }
}
