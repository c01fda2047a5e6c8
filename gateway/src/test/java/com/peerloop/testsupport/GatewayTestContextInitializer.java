package com.peerloop.testsupport;

import com.peerloop.fakestream.FakeStream;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Gives each test application context its own empty PostgreSQL database, its own fake Stream (real
 * HTTP, random port and credentials) and a {@link TestJwts} matching the JWT key it configures.
 * Settings a test passes in {@code @SpringBootTest(properties = …)} win over these.
 * {@code peerloop.test.jwt-key=rsa|ec} configures a PEM public key instead of an HMAC secret, {@code jwks} a
 * JWKS URL served by {@link JwksServer};
 * {@code peerloop.test.stream-down-at-start=true} starts the context with Stream failing every call;
 * a test's {@code stream.api-secret} is also the fake's secret.
 * The outbox worker is off unless a test turns it on ({@code peerloop.sync.worker-enabled=true}), so that
 * records written by a test do not make Stream calls behind its back.
 */
public class GatewayTestContextInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Spring's name for the properties a test sets in {@code @TestPropertySource} or {@code @SpringBootTest}. */
    static final String TEST_PROPERTIES = "Inlined Test Properties";
    /** The settings this initializer adds, under the test's own. */
    static final String SETTINGS = "gateway-test";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        TestDatabase.Settings db = TestDatabase.newDatabase();
        PropertySource<?> overrides = env.getPropertySources().get(TEST_PROPERTIES);
        // a test that fixes the Stream secret (e.g. for a known webhook signature) gets a fake that shares it
        Object fixedSecret = overrides == null ? null : overrides.getProperty("stream.api-secret");
        FakeStream stream = FakeStream.start(
                "test-key-" + TestJwts.randomSecret().substring(0, 8),
                fixedSecret != null ? fixedSecret.toString() : TestJwts.randomSecret());
        TestJwts jwts = new TestJwts(
                TestJwts.KeyType.valueOf(
                        env.getProperty("peerloop.test.jwt-key", "hmac").toUpperCase()),
                TestJwts.randomSecret());

        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.datasource.url", db.url());
        settings.put("spring.datasource.username", db.username());
        settings.put("spring.datasource.password", db.password());
        settings.put("spring.datasource.hikari.maximum-pool-size", "5");
        settings.put("stream.api-key", stream.apiKey());
        settings.put("stream.api-secret", stream.apiSecret());
        settings.put("stream.base-url", stream.baseUrl().toString());
        // most tests make many requests as one user within a minute; the rate limit tests set their own limits
        settings.put("peerloop.rate-limit.token-per-minute", "1000");
        settings.put("peerloop.rate-limit.writes-per-minute", "1000");
        settings.put("peerloop.rate-limit.reads-per-minute", "10000");
        settings.put("peerloop.jwt.issuer", TestJwts.ISSUER);
        settings.put("peerloop.jwt.audience", TestJwts.AUDIENCE);
        settings.put("peerloop.sync.worker-enabled", "false");
        settings.put("peerloop.sync.base-backoff", "200ms");
        settings.put("peerloop.sync.max-backoff", "2s");
        settings.put("peerloop.webhook.poll-interval", "200ms");
        settings.put("peerloop.webhook.base-backoff", "200ms");
        settings.put("peerloop.webhook.max-backoff", "1s");
        settings.put("peerloop.privacy.pseudonym-key", TestJwts.randomSecret());
        settings.put("peerloop.privacy.poll-interval", "100ms");
        settings.put("peerloop.privacy.task-poll-interval", "100ms");
        settings.put("peerloop.privacy.base-backoff", "100ms");
        settings.put("peerloop.privacy.max-backoff", "500ms");
        if (jwts.keyType() == TestJwts.KeyType.HMAC) {
            settings.put("peerloop.jwt.secret", jwts.secret());
        } else if (jwts.keyType() == TestJwts.KeyType.JWKS) {
            JwksServer jwks = JwksServer.start(jwts);
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                    jwks.close();
                }
            });
            settings.put("peerloop.jwt.jwks-uri", jwks.uri().toString());
            settings.put("peerloop.jwt.jwks-min-refresh-interval", "0s");
        } else {
            settings.put("peerloop.jwt.public-key", jwts.publicKeyPem());
        }
        if (overrides != null) {
            settings.keySet().removeIf(overrides::containsProperty);
        }
        env.getPropertySources().addFirst(new MapPropertySource(SETTINGS, settings));

        if (env.getProperty("peerloop.test.stream-down-at-start", Boolean.class, false)) {
            stream.failAlways(503);
        }
        context.getBeanFactory().registerSingleton("fakeStream", stream);
        context.getBeanFactory().registerSingleton("testJwts", jwts);
        if (context.getBeanFactory() instanceof DefaultListableBeanFactory beans) {
            // destroyed after the web server has drained, so requests in flight at close still reach the fake
            beans.registerDisposableBean("fakeStreamShutdown", stream::close);
        } else {
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                    stream.close();
                }
            });
        }
    }
}
