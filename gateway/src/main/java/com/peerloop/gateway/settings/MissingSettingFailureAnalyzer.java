package com.peerloop.gateway.settings;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Turns a failed settings validation into one line per setting that names its environment variable,
 * e.g. {@code PEERLOOP_JWT_ISSUER (peerloop.jwt.issuer): is required}.
 */
class MissingSettingFailureAnalyzer extends AbstractFailureAnalyzer<BindValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
        String prefix = cause.getValidationErrors().getName().toString();
        String lines = cause.getValidationErrors().getAllErrors().stream()
                .map(error -> describe(prefix, error))
                .collect(Collectors.joining(System.lineSeparator()));
        return new FailureAnalysis(
                "Invalid or missing setting: " + lines,
                "Set the environment variable named above (see config/gateway.env.example).",
                cause);
    }

    private static String describe(String prefix, ObjectError error) {
        if (!(error instanceof FieldError field)) {
            return error.getDefaultMessage();
        }
        if (field.getField().equals("oneKeySource")) {
            return field.getDefaultMessage();
        }
        // @AssertTrue checks are named after the setting they check: secretLongEnough -> secret.
        String property = prefix + "." + kebab(field.getField().replaceFirst("(LongEnough|Valid)$", ""));
        return environmentVariable(property) + " (" + property + "): " + field.getDefaultMessage();
    }

    static String environmentVariable(String property) {
        return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
