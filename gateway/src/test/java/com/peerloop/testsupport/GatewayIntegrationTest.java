package com.peerloop.testsupport;

import com.peerloop.gateway.GatewayApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full gateway on a random port, with a real PostgreSQL and a fake Stream over HTTP. After each test,
 * {@link StreamRefusalGuard} fails it if the fake refused a gateway request the test did not provoke.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = GatewayTestContextInitializer.class)
@ExtendWith(StreamRefusalGuard.class)
public @interface GatewayIntegrationTest {}
