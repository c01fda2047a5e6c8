package com.peerloop.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the fake Stream refusing (4xx) these operations is what the annotated test (or every test of
 * the annotated class) provokes, e.g. {@code @ExpectStreamRefusals("getActivity")} for a read of an unknown
 * activity. {@link StreamRefusalGuard} then does not fail the test for them. Inside a test,
 * {@code stream.expectRefusals(...)} does the same.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface ExpectStreamRefusals {

    /** Fake Stream operation names, e.g. {@code "updateUsersPartial"}. */
    String[] value();
}
