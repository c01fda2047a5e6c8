package com.peerloop.testsupport;

import com.peerloop.gateway.GatewayApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * A further gateway instance, started in this JVM on a random port, for tests of what instances sharing
 * one database and one Stream do together. Close it when the test is done.
 */
public final class GatewayInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private GatewayInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** A gateway with exactly these settings (over {@code application.yml}), on a random port. */
    public static GatewayInstance start(Map<String, ?> settings) {
        Map<String, Object> all = new LinkedHashMap<>(settings);
        all.put("server.port", "0");
        all.put("spring.main.banner-mode", "off");
        all.put("spring.jmx.enabled", "false");
        return new GatewayInstance(new SpringApplicationBuilder(GatewayApplication.class)
                .initializers(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("gateway-instance", all)))
                .run());
    }

    /**
     * A second gateway configured like the test's own context (see {@link GatewayTestContextInitializer}):
     * the same database, fake Stream and JWT key, and the test's own settings.
     */
    public static GatewayInstance beside(ConfigurableEnvironment first) {
        Map<String, Object> settings = new LinkedHashMap<>();
        copy(first.getPropertySources().get(GatewayTestContextInitializer.SETTINGS), settings);
        copy(first.getPropertySources().get(GatewayTestContextInitializer.TEST_PROPERTIES), settings);
        return start(settings);
    }

    private static void copy(PropertySource<?> source, Map<String, Object> into) {
        if (source instanceof EnumerablePropertySource<?> properties) {
            for (String name : properties.getPropertyNames()) {
                into.put(name, properties.getProperty(name));
            }
        }
    }

    /** A client for this instance's port. */
    public Api api() {
        return new Api(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
