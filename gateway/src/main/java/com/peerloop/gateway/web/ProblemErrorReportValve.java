package com.peerloop.gateway.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's error report for the errors no servlet answered: requests the connector refuses before the
 * application sees them (a malformed or over-long request line, headers over the size limit, an
 * unsupported HTTP version or transfer coding, a refused method such as TRACE) and any other error
 * status no handler wrote a body for. It writes the contract's problem body instead of Tomcat's HTML page; never a stack trace,
 * an exception message or the server's version.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(AccessLogFilter.LOGGER);
    /** A path short and plain enough to echo as {@code instance}; anything else is named by request id. */
    private static final Pattern ECHOABLE_PATH = Pattern.compile("^/[!-~]{0,255}$");

    private final ObjectProvider<ProblemResponses> problems;

    ProblemErrorReportValve(ObjectProvider<ProblemResponses> problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        boolean seenByFilters = request.getAttribute(RequestIds.ATTRIBUTE) != null;
        String requestId = RequestIds.of(request);
        ApiProblemException problem = problemFor(status, headerLimit(request));
        String path = request.getRequestURI();
        String instance = path != null && ECHOABLE_PATH.matcher(path).matches() ? path : null;
        try {
            response.resetBuffer();
            problems.getObject().write(problem, instance, request, response);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            log.debug("could not write the problem for a refused request: requestId={}", requestId, e);
        }
        if (!seenByFilters) {
            log.info(
                    "request refused by the server: status={} code={} requestId={}", status, problem.code(), requestId);
        }
    }

    /** The contract's problem for a status the container chose; the status itself is kept. */
    static ApiProblemException problemFor(int statusCode, Integer headerLimit) {
        HttpStatus status = HttpStatus.resolve(statusCode);
        if (status == null) {
            status = statusCode < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return switch (status) {
            case NOT_FOUND -> Problems.notFound("No such route.");
            case METHOD_NOT_ALLOWED ->
                new ApiProblemException(
                        status, "method_not_allowed", "Method not allowed", "This route does not take that method.");
            case CONTENT_TOO_LARGE ->
                new ApiProblemException(
                        status, "payload_too_large", "Payload too large", "The request body is too large.");
            case SERVICE_UNAVAILABLE ->
                new ApiProblemException(
                        status,
                        "unavailable",
                        "Unavailable",
                        "The gateway cannot serve now; try again later.",
                        Duration.ofSeconds(5),
                        List.of());
            case NOT_IMPLEMENTED, HTTP_VERSION_NOT_SUPPORTED ->
                new ApiProblemException(
                        status,
                        "malformed_request",
                        "Malformed request",
                        "The request uses an HTTP version or transfer coding this server does not" + " support.");
            default ->
                status.is4xxClientError()
                        ? new ApiProblemException(
                                status,
                                "malformed_request",
                                "Malformed request",
                                "The request could not be read: its request line or headers are malformed,"
                                        + " or larger than "
                                        + (headerLimit == null ? "the limit" : headerLimit + " bytes") + ".")
                        : new ApiProblemException(
                                status, "internal_error", "Internal error", "The request could not be completed.");
        };
    }

    private static Integer headerLimit(Request request) {
        return request.getConnector() != null
                        && request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http
                ? http.getMaxHttpRequestHeaderSize()
                : null;
    }
}
