package com.peerloop.gateway.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@link ApiProblemException}s as RFC 9457 bodies: the exception's {@link ProblemDetail} with this
 * request's {@code instance} and {@code requestId}, its {@code code}, {@code requestId} and {@code errors}
 * at the top level (Spring's Jackson mixin, registered on Boot's {@link JsonMapper}). Used by the MVC
 * exception handler and by everything that answers before MVC is reached (security handlers, filters, the
 * container's error report), so it is also where refusals are counted: {@code gateway.refusals{code, status}}
 * for every 401, 403 and 429.
 */
@Component
public class ProblemResponses {

    private final JsonMapper json;
    private final MeterRegistry meters;

    ProblemResponses(JsonMapper json, MeterRegistry meters) {
        this.json = json;
        this.meters = meters;
    }

    /** The problem as a response entity, for exception handlers; {@code headers} are kept beside its own. */
    ResponseEntity<Object> entity(ApiProblemException problem, HttpHeaders headers, HttpServletRequest request) {
        countRefusal(problem);
        HttpHeaders all = HttpHeaders.copyOf(headers);
        all.putAll(problem.getHeaders());
        return ResponseEntity.status(problem.status())
                .headers(all)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(problem, request.getRequestURI(), request));
    }

    /** Writes the problem straight to the servlet response, for filters and security handlers. */
    public void write(ApiProblemException problem, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        write(problem, request.getRequestURI(), request, response);
    }

    /**
     * As {@link #write}, with the {@code instance} path given: for requests whose own path is not fit to echo
     * (null names the problem by its request id instead).
     */
    void write(ApiProblemException problem, String instance, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        countRefusal(problem);
        ProblemDetail body = body(problem, instance, request);
        response.setStatus(problem.status().value());
        if (!response.containsHeader(RequestIds.HEADER)) {
            response.setHeader(RequestIds.HEADER, RequestIds.of(request));
        }
        problem.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }

    private void countRefusal(ApiProblemException problem) {
        int status = problem.status().value();
        if (status == 401 || status == 403 || status == 429) {
            Counter.builder("gateway.refusals")
                    .description("Requests refused for their credentials, rights or rate (401, 403, 429) by code")
                    .tag("code", problem.code())
                    .tag("status", Integer.toString(status))
                    .register(meters)
                    .increment();
        }
    }

    /** A copy of the exception's problem for this request, so that an exception thrown twice is not changed. */
    private static ProblemDetail body(ApiProblemException problem, String instance, HttpServletRequest request) {
        ProblemDetail source = problem.getBody();
        String requestId = RequestIds.of(request);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), source.getDetail());
        body.setType(source.getType());
        body.setTitle(source.getTitle());
        body.setInstance(instance(instance, requestId));
        body.setProperty("code", problem.code());
        body.setProperty("requestId", requestId);
        if (source.getProperties() != null) {
            source.getProperties().forEach(body::setProperty);
        }
        return body;
    }

    /**
     * The path as a URI: as sent when it is one, else with its illegal characters percent-encoded; a path
     * that cannot be one at all is named by the request id, so that the body is written all the same.
     */
    static URI instance(String path, String requestId) {
        if (path != null) {
            try {
                return URI.create(path);
            } catch (IllegalArgumentException notAUri) {
                try {
                    return new URI(null, null, path, null);
                } catch (URISyntaxException stillNot) {
                    // named by request id below
                }
            }
        }
        return URI.create("urn:peerloop:request:" + requestId);
    }
}
