package com.peerloop.testsupport;

import com.peerloop.gateway.auth.SecuritySliceConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A web-layer slice: the named controllers behind the gateway's real filter chains, JWT decoder, request
 * id and body limit filters and problem responses, served by MockMvc. The services a controller calls are
 * {@code @MockitoBean}s of the test. The rate limiter is left out: its buckets live in the database, and
 * {@code RateLimitTest} covers it end to end.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
        excludeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.peerloop\\.gateway\\.ratelimit\\..*"),
        properties = {
            "peerloop.jwt.secret=" + SecuritySliceConfiguration.SECRET,
            "peerloop.jwt.issuer=" + TestJwts.ISSUER,
            "peerloop.jwt.audience=" + TestJwts.AUDIENCE
        })
@Import(SecuritySliceConfiguration.class)
public @interface GatewayWebMvcTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
