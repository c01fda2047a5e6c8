package com.peerloop.gateway.web;

import com.peerloop.gateway.ids.Identifiers;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The contract's identifier rule on a path variable or body field: {@code @PathVariable @Identifier String id}. */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = Identifiers.REGEX)
@ReportAsSingleViolation
@Target({
    ElementType.PARAMETER,
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface Identifier {

    String message() default "must be 1-64 of [A-Za-z0-9_-]";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
