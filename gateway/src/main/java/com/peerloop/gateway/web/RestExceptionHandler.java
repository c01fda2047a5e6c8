package com.peerloop.gateway.web;

import com.peerloop.gateway.stream.InvalidCursorException;
import com.peerloop.gateway.stream.StreamFailure;
import com.peerloop.gateway.web.ApiProblemException.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become problem responses. Spring MVC's own exceptions (and every
 * {@link ApiProblemException}, an {@code ErrorResponseException}) arrive through
 * {@link #handleExceptionInternal}, where {@link MvcProblems} gives them the contract's codes; the rest
 * have handlers below. Every problem is written by {@link ProblemResponses}.
 */
@RestControllerAdvice
class RestExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(RestExceptionHandler.class);

    private final ProblemResponses problems;

    RestExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    /** Stream's failures as the contract words them; a 404 is an unknown item to the caller too. */
    @ExceptionHandler(StreamFailure.class)
    ResponseEntity<Object> streamFailure(StreamFailure e, HttpServletRequest request) {
        return problems.entity(
                logged(
                        switch (e.kind()) {
                            case UNAVAILABLE -> Problems.upstreamUnavailable(e.retryAfter());
                            case RATE_LIMITED ->
                                Problems.rateLimited("The feed service is rate limiting this gateway.", e.retryAfter());
                            case REFUSED -> Problems.upstreamError();
                            case NOT_FOUND -> Problems.notFound("No such item.");
                        }),
                HttpHeaders.EMPTY,
                request);
    }

    @ExceptionHandler(InvalidCursorException.class)
    ResponseEntity<Object> invalidCursor(InvalidCursorException e, HttpServletRequest request) {
        return problems.entity(Problems.validation(e.field(), e.getMessage()), HttpHeaders.EMPTY, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return problems.entity(Problems.validation(errors), HttpHeaders.EMPTY, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseOutages.isOutage(e)) {
            log.warn(
                    "database unavailable: {} {} answered 503 ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.getClass().getSimpleName());
            return problems.entity(DatabaseOutages.problem(), HttpHeaders.EMPTY, request);
        }
        log.error("unhandled error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problems.entity(MvcProblems.internalError(HttpStatus.INTERNAL_SERVER_ERROR), HttpHeaders.EMPTY, request);
    }

    /** Without the base class's warning per refused method: the access log already has the request. */
    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(e, null, headers, status, request);
    }

    /** Spring's body is replaced by the contract's problem; the headers Spring chose (such as Allow) are kept. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest web
                && web.getResponse() != null
                && !web.getResponse().isCommitted()) {
            return problems.entity(problemFor(e, status), headers, web.getRequest());
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static ApiProblemException problemFor(Exception e, HttpStatusCode status) {
        if (e instanceof ApiProblemException problem) {
            return logged(problem);
        }
        ApiProblemException problem = MvcProblems.of(e, status);
        if (problem.status().is5xxServerError()) {
            log.error("request failed in Spring MVC: status={}", status.value(), e);
        }
        return problem;
    }

    private static ApiProblemException logged(ApiProblemException problem) {
        if (problem.status().is5xxServerError()) {
            log.warn(
                    "request failed: status={} code={} detail={}",
                    problem.status().value(),
                    problem.code(),
                    problem.getMessage());
        }
        return problem;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
