package com.peerloop.gateway.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class StreamEventReaderTest {

    private final StreamEventReader reader =
            new StreamEventReader(JsonMapper.builder().build());

    @Test
    void readsTheFieldsTheEffectsUseAndIgnoresTheRest() {
        StreamEvent event = read("{\"type\":\"user.banned\",\"user\":{\"id\":\"u1\",\"role\":\"user\"},"
                + "\"created_at\":\"2026-01-01T00:00:00Z\",\"reason\":[1]}");

        assertThat(event).isEqualTo(new StreamEvent("user.banned", null, null, null, null, new StreamEvent.Item("u1")));
        assertThat(event.channelScoped()).isFalse();
    }

    @Test
    void aChannelIdMakesABanChannelScoped() {
        assertThat(read("{\"type\":\"user.banned\",\"cid\":\"messaging:general\"}")
                        .channelScoped())
                .isTrue();
        assertThat(read("{\"type\":\"user.banned\",\"channel_id\":\"general\"}").channelScoped())
                .isTrue();
        assertThat(read("{\"type\":\"user.banned\",\"cid\":\"\"}").channelScoped())
                .isFalse();
    }

    @Test
    void aFieldOfAnotherShapeIsAbsentAndTheEventStillReads() {
        StreamEvent event = read("{\"type\":{\"a\":1},\"cid\":5,\"channel_id\":true,\"activity\":[1,2],"
                + "\"comment\":\"cmt_1\",\"user\":{\"id\":42}}");

        assertThat(event).isEqualTo(new StreamEvent(null, null, null, null, null, new StreamEvent.Item(null)));
        assertThat(read("{\"type\":7.5,\"user\":{\"id\":{\"x\":\"u1\"}}}")
                        .user()
                        .id())
                .isNull();
        assertThat(read("{\"type\":\"user.deleted\",\"user\":{\"id\":\"u1\"},\"cid\":5}")
                        .channelScoped())
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1,2]", "42", "\"text\"", "null", "{} trailing"})
    void aBodyThatIsNotAJsonObjectIsNoEvent(String body) {
        assertThat(reader.read(body.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    private StreamEvent read(String body) {
        return reader.read(body.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }
}
