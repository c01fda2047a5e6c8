package com.peerloop.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * For {@code @DataJpaTest} and {@code @JdbcTest}, beside {@code @AutoConfigureTestDatabase(replace = NONE)}
 * (which must sit on the test class itself to win over the slice's own): run on a fresh database of the
 * real PostgreSQL of {@link TestDatabase}, with the Flyway schema, instead of an in-memory stand-in.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface OnTestDatabase {}
