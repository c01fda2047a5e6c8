package com.peerloop.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.fakestream.FakeStream;
import com.peerloop.gateway.GatewayApplication;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestContextInitializer;
import com.peerloop.testsupport.TestJwts;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Closing the gateway lets requests in flight finish ({@code server.shutdown=graceful}). */
class GracefulShutdownTest {

    @Test
    void aRequestInFlightCompletesWhileTheContextCloses() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GatewayApplication.class)
                .initializers(new GatewayTestContextInitializer())
                .run("--server.port=0");
        try {
            FakeStream stream = context.getBean(FakeStream.class);
            TestJwts jwts = context.getBean(TestJwts.class);
            Api api = new Api(
                    ((WebServerApplicationContext) context).getWebServer().getPort());
            stream.delay(Duration.ofMillis(2000));

            CompletableFuture<Api.Response> inFlight = CompletableFuture.supplyAsync(
                    () -> api.post("/api/stream/token", jwts.token("u_draining", "student"), null));
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> stream.requestsInProgress() > 0);
            long closing = System.nanoTime();
            context.close();

            Api.Response response = inFlight.get(15, TimeUnit.SECONDS);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("token").asString()).isNotBlank();
            assertThat(Duration.ofNanos(System.nanoTime() - closing))
                    .as("close waited for the request")
                    .isGreaterThan(Duration.ofMillis(500));
        } finally {
            context.close();
        }
    }
}
