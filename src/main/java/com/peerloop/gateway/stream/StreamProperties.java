package com.peerloop.gateway.stream;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Stream app credentials and call settings ({@code STREAM_*}).
 *
 * @param apiKey        the Stream app's API key
 * @param apiSecret     the app's secret: signs server and user tokens, at least 32 bytes
 * @param baseUrl       Stream API base URL; unset means the SDK's default host
 * @param tokenValidity lifetime of the user tokens handed to clients
 * @param timeout       bound on one whole Stream call
 */
@Validated
@ConfigurationProperties("stream")
public record StreamProperties(
        @NotBlank(message = "is required") String apiKey,
        @NotBlank(message = "is required") String apiSecret,
        URI baseUrl,
        @NotNull @DefaultValue("24h") Duration tokenValidity,
        @NotNull @DefaultValue("3s") Duration timeout) {

    @AssertTrue(message = "must be at least 32 bytes")
    boolean isApiSecretLongEnough() {
        return apiSecret == null || apiSecret.isBlank() || apiSecret.getBytes(StandardCharsets.UTF_8).length >= 32;
    }

    @AssertTrue(message = "must be a positive duration")
    boolean isTokenValidityValid() {
        return tokenValidity == null || (!tokenValidity.isNegative() && !tokenValidity.isZero());
    }

    @AssertTrue(message = "must be a positive duration")
    boolean isTimeoutValid() {
        return timeout == null || (!timeout.isNegative() && !timeout.isZero());
    }
}
