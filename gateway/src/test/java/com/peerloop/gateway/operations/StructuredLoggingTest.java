package com.peerloop.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.gateway.GatewayApplication;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestContextInitializer;
import com.peerloop.testsupport.TestJwts;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} turns the request line into JSON with its fields. */
@Tag("slow")
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingTest {

    @Test
    void theRequestLineIsJsonWithItsFieldsWhenEcsIsChosen(CapturedOutput output) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GatewayApplication.class)
                .initializers(new GatewayTestContextInitializer())
                .properties("logging.structured.format.console=ecs")
                .run("--server.port=0")) {
            Api api = new Api(
                    ((WebServerApplicationContext) context).getWebServer().getPort());
            String token = context.getBean(TestJwts.class).token("u_json", "student");

            api.send(
                    "POST",
                    "/api/stream/token",
                    Map.of("Authorization", "Bearer " + token, "X-Request-Id", "req-json-1"),
                    null);

            String text = RequestLines.await(output, "requestId=req-json-1");
            JsonNode line = JsonMapper.builder().build().readTree(text);
            assertThat(line.get("message").asString()).contains("route=/api/stream/token");
            assertThat(line.at("/http/route").asString()).isEqualTo("/api/stream/token");
            assertThat(line.at("/http/status").asInt()).isEqualTo(200);
            assertThat(line.get("traceId").asString()).hasSize(32);
            assertThat(line.get("userId").asString()).isEqualTo("u_json");
            assertThat(line.get("requestId").asString()).isEqualTo("req-json-1");
            assertThat(output.getAll()).doesNotContain(token);
        }
    }
}
