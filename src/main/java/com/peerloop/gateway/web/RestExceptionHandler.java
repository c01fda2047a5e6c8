package com.peerloop.gateway.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

import com.peerloop.gateway.stream.InvalidCursorException;
import com.peerloop.gateway.stream.StreamFailure;
import com.peerloop.gateway.web.ApiProblemException.FieldError;

/** The one place where exceptions become problem responses. */
@RestControllerAdvice
class RestExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(RestExceptionHandler.class);

    private final ProblemResponses problems;

    RestExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<Map<String, Object>> apiProblem(ApiProblemException e, HttpServletRequest request) {
        if (e.status().is5xxServerError()) {
            log.warn("request failed: status={} code={} detail={}", e.status().value(), e.code(), e.getMessage());
        }
        return problems.entity(e, request);
    }

    /** Stream's failures as the contract words them; a 404 is an unknown item to the caller too. */
    @ExceptionHandler(StreamFailure.class)
    ResponseEntity<Map<String, Object>> streamFailure(StreamFailure e, HttpServletRequest request) {
        return apiProblem(switch (e.kind()) {
            case UNAVAILABLE -> Problems.upstreamUnavailable(e.retryAfter());
            case RATE_LIMITED -> Problems.rateLimited("The feed service is rate limiting this gateway.",
                    e.retryAfter());
            case REFUSED -> Problems.upstreamError();
            case NOT_FOUND -> Problems.notFound("No such item.");
        }, request);
    }

    @ExceptionHandler(InvalidCursorException.class)
    ResponseEntity<Map<String, Object>> invalidCursor(InvalidCursorException e, HttpServletRequest request) {
        return problems.entity(Problems.validation(e.field(), e.getMessage()), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .collect(Collectors.toList());
        e.getBindingResult().getGlobalErrors()
                .forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
        return problems.entity(Problems.validation(errors), request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<Map<String, Object>> invalidParameter(HandlerMethodValidationException e,
            HttpServletRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r instanceof ParameterErrors bodyErrors
                        ? bodyErrors.getFieldErrors().stream()
                                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                        : r.getResolvableErrors().stream()
                                .map(err -> new FieldError(parameterName(r.getMethodParameter().getParameterName()),
                                        err.getDefaultMessage())))
                .toList();
        return problems.entity(Problems.validation(errors), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Map<String, Object>> constraintViolation(ConstraintViolationException e,
            HttpServletRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return problems.entity(Problems.validation(errors), request);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingRequestHeaderException.class})
    ResponseEntity<Map<String, Object>> badParameter(Exception e, HttpServletRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : e instanceof MissingServletRequestParameterException p ? p.getParameterName()
                : ((MissingRequestHeaderException) e).getHeaderName();
        return problems.entity(Problems.validation(name, "missing or not of the expected type"), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return problems.entity(BodyLimitFilter.tooLarge(tooLarge.limit()), request);
            }
        }
        if (e.getCause() instanceof JacksonException jackson && !(jackson instanceof StreamReadException)
                && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return problems.entity(Problems.validation(field, "has an unexpected type or value"), request);
        }
        return problems.entity(Problems.malformed("The request body is not valid JSON."), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> wrongContentType(HttpServletRequest request) {
        return problems.entity(Problems.malformed("The request body must be application/json."), request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpServletRequest request) {
        return problems.entity(new ApiProblemException(HttpStatus.NOT_ACCEPTABLE, "not_acceptable",
                "Not acceptable", "Responses are application/json."), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noRoute(HttpServletRequest request) {
        return problems.entity(Problems.notFound("No such route."), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> wrongMethod(HttpServletRequest request) {
        return problems.entity(new ApiProblemException(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
                "Method not allowed", "This route does not take that method."), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletRequest request) {
        log.error("unhandled error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problems.entity(new ApiProblemException(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
                "Internal error", "The request could not be completed."), request);
    }

    private static String parameterName(String name) {
        return name == null ? "parameter" : name;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
