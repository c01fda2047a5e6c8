package com.peerloop.gateway.stream;

import io.getstream.services.framework.StreamSDKClient;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one SDK client of the application, configured from {@link StreamProperties}. */
@Configuration(proxyBeanMethods = false)
class StreamClientConfiguration {

    @Bean
    StreamSDKClient streamSdkClient(StreamProperties properties, ObjectProvider<ObservationRegistry> observations) {
        ObservationRegistry registry = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
        return new StreamSDKClient(new ConfiguredStreamHttpClient(
                properties.apiKey(), properties.apiSecret(), properties.baseUrl(), properties.timeout(), registry));
    }
}
