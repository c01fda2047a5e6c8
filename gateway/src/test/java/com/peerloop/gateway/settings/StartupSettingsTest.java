package com.peerloop.gateway.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.peerloop.gateway.GatewayApplication;
import com.peerloop.testsupport.TestDatabase;
import com.peerloop.testsupport.TestJwts;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@Tag("slow")
@ExtendWith(OutputCaptureExtension.class)
class StartupSettingsTest {

    private static final TestDatabase.Settings DB = TestDatabase.newDatabase();

    private static Map<String, Object> validSettings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.datasource.url", DB.url());
        settings.put("spring.datasource.username", DB.username());
        settings.put("spring.datasource.password", DB.password());
        settings.put("stream.api-key", "startup-test-key");
        settings.put("stream.api-secret", TestJwts.randomSecret());
        settings.put("stream.base-url", "http://127.0.0.1:9");
        settings.put("peerloop.jwt.issuer", TestJwts.ISSUER);
        settings.put("peerloop.jwt.secret", TestJwts.randomSecret());
        return settings;
    }

    private static void start(Map<String, Object> settings) {
        new SpringApplicationBuilder(GatewayApplication.class)
                .properties(settings)
                .run("--server.port=0")
                .close();
    }

    @Test
    void missingIssuerStopsStartupNamingTheVariable(CapturedOutput output) {
        Map<String, Object> settings = validSettings();
        settings.remove("peerloop.jwt.issuer");

        assertThatThrownBy(() -> start(settings)).isNotNull();
        assertThat(output.getOut() + output.getErr())
                .contains("Invalid or missing setting: PEERLOOP_JWT_ISSUER (peerloop.jwt.issuer): is required");
    }

    @Test
    void missingStreamApiKeyStopsStartupNamingTheVariable(CapturedOutput output) {
        Map<String, Object> settings = validSettings();
        settings.remove("stream.api-key");

        assertThatThrownBy(() -> start(settings)).isNotNull();
        assertThat(output.getOut() + output.getErr()).contains("STREAM_API_KEY (stream.api-key): is required");
    }

    @Test
    void shortJwtSecretIsRefused(CapturedOutput output) {
        Map<String, Object> settings = validSettings();
        settings.put("peerloop.jwt.secret", "too-short-secret");

        assertThatThrownBy(() -> start(settings)).isNotNull();
        assertThat(output.getOut() + output.getErr())
                .contains("PEERLOOP_JWT_SECRET (peerloop.jwt.secret): must be at least 32 bytes");
    }

    @Test
    void twoKeySourcesAreRefused(CapturedOutput output) {
        Map<String, Object> settings = validSettings();
        settings.put("peerloop.jwt.jwks-uri", "https://auth.peerloop.test/.well-known/jwks.json");

        assertThatThrownBy(() -> start(settings)).isNotNull();
        assertThat(output.getOut() + output.getErr())
                .contains("set exactly one of PEERLOOP_JWT_SECRET, PEERLOOP_JWT_PUBLIC_KEY, PEERLOOP_JWT_JWKS_URI");
    }

    @Test
    void zeroDurationIsRefusedNamingTheVariable(CapturedOutput output) {
        Map<String, Object> settings = validSettings();
        settings.put("peerloop.sync.lease", "0s");

        assertThatThrownBy(() -> start(settings)).isNotNull();
        assertThat(output.getOut() + output.getErr())
                .contains("PEERLOOP_SYNC_LEASE (peerloop.sync.lease): must be a positive duration");
    }

    @Test
    void negativeNestedDurationIsRefusedNamingTheVariable(CapturedOutput output) {
        Map<String, Object> settings = validSettings();
        settings.put("peerloop.jwt.cache.ttl", "-1s");

        assertThatThrownBy(() -> start(settings)).isNotNull();
        assertThat(output.getOut() + output.getErr())
                .contains("PEERLOOP_JWT_CACHE_TTL (peerloop.jwt.cache.ttl): must not be negative");
    }

    @Test
    void baseBackoffLongerThanMaxBackoffIsRefused(CapturedOutput output) {
        Map<String, Object> settings = validSettings();
        settings.put("peerloop.webhook.base-backoff", "10m");

        assertThatThrownBy(() -> start(settings)).isNotNull();
        assertThat(output.getOut() + output.getErr())
                .contains(
                        "PEERLOOP_WEBHOOK_BASE_BACKOFF (peerloop.webhook.base-backoff): must not be longer than max-backoff");
    }

    @Test
    void validSettingsStartEvenWithStreamUnreachable() {
        try (var context = new SpringApplicationBuilder(GatewayApplication.class)
                .properties(validSettings())
                .run("--server.port=0")) {
            assertThat(context.isActive()).isTrue();
        }
    }
}
