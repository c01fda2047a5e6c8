package com.peerloop.gateway.auth;

import com.peerloop.gateway.web.WebSliceConfiguration;
import com.peerloop.testsupport.TestJwts;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The gateway's real filter chains and JWT decoder for a {@code @WebMvcTest}, with an HMAC key the
 * slice's {@link TestJwts} signs with. The revocation rule is not part of the slice: it needs the database.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({
    SecurityConfiguration.class,
    JwtDecoderConfiguration.class,
    ProblemSecurityHandlers.class,
    WebSliceConfiguration.class
})
@EnableConfigurationProperties(JwtProperties.class)
public class SecuritySliceConfiguration {

    /** The HMAC secret {@code peerloop.jwt.secret} is set to in a slice. */
    public static final String SECRET = "web-slice-test-secret-0123456789-abcdefghijklmnopqrstuvwxyz-0123";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    TestJwts testJwts() {
        return new TestJwts(TestJwts.KeyType.HMAC, SECRET);
    }
}
