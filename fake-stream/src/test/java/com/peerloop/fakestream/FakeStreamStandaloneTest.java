package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.getstream.exceptions.StreamException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FakeStreamStandaloneTest {

    @Test
    void readsOptionsFromArgumentsOverSystemProperties() {
        Properties properties = new Properties();
        properties.setProperty("fakestream.port", "9001");
        properties.setProperty("fakestream.apiKey", "from-property");

        StandaloneOptions options =
                StandaloneOptions.parse(new String[] {"--api-key=from-arg", "--delay-ms=25"}, properties);

        assertThat(options.port()).isEqualTo(9001);
        assertThat(options.apiKey()).isEqualTo("from-arg");
        assertThat(options.apiSecret()).isEqualTo(StandaloneOptions.DEFAULT_SECRET);
        assertThat(options.delay()).isEqualTo(Duration.ofMillis(25));
        assertThatThrownBy(() -> StandaloneOptions.parse(new String[] {"--colour=red"}, new Properties()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startsOnARequestedPortAndServesTheSdk() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (FakeStream fake = FakeStream.start("standalone-key", StandaloneOptions.DEFAULT_SECRET, port)) {
            assertThat(fake.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + port + "/");
            assertThat(SdkClients.client(fake)
                            .getApp()
                            .execute()
                            .getData()
                            .getApp()
                            .getName())
                    .isEqualTo("standalone-key");
        }
    }

    @Test
    void refusesASecretTheSdkCouldNotSignWith() {
        assertThatThrownBy(() -> FakeStream.start("key", "short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }

    @Test
    void stopsAnsweringAfterClose() {
        FakeStream fake = FakeStream.start("key", StandaloneOptions.DEFAULT_SECRET);
        var client = SdkClients.client(fake);
        fake.close();

        assertThatThrownBy(() -> client.getApp().execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData()).isNull());
    }
}
