package com.peerloop.gateway.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What this package's filters and exception handler need in a {@code @WebMvcTest}, which scans them but
 * not the problem writer they share, nor the body limit's and load shedding's settings, nor a meter registry.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProblemResponses.class)
@EnableConfigurationProperties({HttpLimitsProperties.class, LoadSheddingProperties.class})
public class WebSliceConfiguration {

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
