package com.peerloop.gateway.web;

import com.peerloop.gateway.web.ApiProblemException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/** Spring MVC's own exceptions as the contract's problems, with the codes the gateway has always used. */
final class MvcProblems {

    private MvcProblems() {}

    /** The contract's problem for one of Spring MVC's exceptions, answered with {@code status} by default. */
    static ApiProblemException of(Exception e, HttpStatusCode status) {
        if (e instanceof MethodArgumentNotValidException invalid) {
            return invalidBody(invalid);
        }
        if (e instanceof HandlerMethodValidationException invalid) {
            return invalidParameter(invalid);
        }
        if (e instanceof TypeMismatchException
                || e instanceof MissingServletRequestParameterException
                || e instanceof MissingRequestHeaderException) {
            return Problems.validation(parameterName(e), "missing or not of the expected type");
        }
        if (e instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable);
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return Problems.malformed("The request body must be application/json.");
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return new ApiProblemException(
                    HttpStatus.NOT_ACCEPTABLE, "not_acceptable", "Not acceptable", "Responses are application/json.");
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return Problems.notFound("No such route.");
        }
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return new ApiProblemException(
                    HttpStatus.METHOD_NOT_ALLOWED,
                    "method_not_allowed",
                    "Method not allowed",
                    "This route does not take that method.");
        }
        // Spring MVC's other refusals (a missing cookie or part, an upload over its limit, an async timeout…)
        if (status.is4xxClientError()) {
            return status.value() == 400
                    ? Problems.malformed("The request could not be processed as sent.")
                    : ProblemErrorReportValve.problemFor(status.value(), null);
        }
        return internalError(status);
    }

    private static ApiProblemException invalidBody(MethodArgumentNotValidException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .collect(Collectors.toCollection(ArrayList::new));
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
        return Problems.validation(errors);
    }

    private static ApiProblemException invalidParameter(HandlerMethodValidationException e) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r instanceof ParameterErrors bodyErrors
                        ? bodyErrors.getFieldErrors().stream()
                                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                        : r.getResolvableErrors().stream()
                                .map(err -> new FieldError(
                                        parameterName(r.getMethodParameter().getParameterName()),
                                        err.getDefaultMessage())))
                .toList();
        return Problems.validation(errors);
    }

    private static ApiProblemException unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return BodyLimitFilter.tooLarge(tooLarge.limit());
            }
        }
        if (e.getCause() instanceof JacksonException jackson
                && !(jackson instanceof StreamReadException)
                && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            return Problems.validation(field, "has an unexpected type or value");
        }
        return Problems.malformed("The request body is not valid JSON.");
    }

    /** 503 keeps the contract's {@code unavailable}; any other server error is an internal error. */
    static ApiProblemException internalError(HttpStatusCode status) {
        HttpStatus resolved = HttpStatus.resolve(status.value());
        return status.value() == 503
                ? ProblemErrorReportValve.problemFor(503, null)
                : new ApiProblemException(
                        resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved,
                        "internal_error",
                        "Internal error",
                        "The request could not be completed.");
    }

    private static String parameterName(Exception e) {
        return e instanceof MethodArgumentTypeMismatchException m
                ? m.getName()
                : e instanceof TypeMismatchException t
                        ? parameterName(t.getPropertyName())
                        : e instanceof MissingServletRequestParameterException p
                                ? p.getParameterName()
                                : ((MissingRequestHeaderException) e).getHeaderName();
    }

    private static String parameterName(String name) {
        return name == null ? "parameter" : name;
    }
}
