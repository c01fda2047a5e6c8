package com.peerloop.contract;

import com.peerloop.testsupport.TestDatabase;
import com.peerloop.testsupport.TestJwts;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * A gateway pointed at the real Stream app of the environment ({@link StreamTarget#liveFromEnvironment()}), with
 * its own fresh PostgreSQL database and PeerLoop JWT key, as {@code GatewayTestContextInitializer} does for the
 * fake. Settings of the test's {@code @TestPropertySource} win.
 */
class LiveStreamContextInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        StreamTarget target = StreamTarget.liveFromEnvironment();
        if (target == null) {
            throw new IllegalStateException(LiveStreamCondition.SKIPPED);
        }
        TestDatabase.Settings db = TestDatabase.newDatabase();
        TestJwts jwts = new TestJwts(TestJwts.KeyType.HMAC, TestJwts.randomSecret());
        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.datasource.url", db.url());
        settings.put("spring.datasource.username", db.username());
        settings.put("spring.datasource.password", db.password());
        settings.put("spring.datasource.hikari.maximum-pool-size", "5");
        settings.put("stream.api-key", target.apiKey());
        settings.put("stream.api-secret", target.apiSecret());
        settings.put("stream.base-url", target.baseUrl().toString());
        settings.put("stream.timeout", "10s");
        settings.put("peerloop.jwt.issuer", TestJwts.ISSUER);
        settings.put("peerloop.jwt.audience", TestJwts.AUDIENCE);
        settings.put("peerloop.jwt.secret", jwts.secret());
        settings.put("peerloop.rate-limit.enabled", "false");
        PropertySource<?> overrides =
                context.getEnvironment().getPropertySources().get("Inlined Test Properties");
        if (overrides != null) {
            settings.keySet().removeIf(overrides::containsProperty);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("live-contract", settings));
        context.getBeanFactory().registerSingleton("testJwts", jwts);
        context.getBeanFactory().registerSingleton("streamTarget", target);
    }
}
