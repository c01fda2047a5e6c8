package com.peerloop.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@Tag("slow")
@TestPropertySource(properties = {"peerloop.sync.max-attempts=3", "peerloop.sync.max-backoff=100ms"})
class ParkedIntentTest extends SyncTestBase {

    @Test
    void intentThatKeepsFailingIsParkedCountedAndSucceedsWhenRetriedAfterStreamIsBack() {
        records.course("pk1", "pk_creator");
        eventually(
                "the course's intents are done", () -> status().path("pending").asLong() == 0);
        stream.failAlways("getOrCreateFollows", 503);

        records.enroll("pk1", "pk_student");

        eventually(
                "the follow is parked as failed",
                () -> status().path("failed").asLong() == 1
                        && status().path("pending").asLong() == 0);
        assertThat(follows("pk_student", "course:pk1")).isFalse();
        assertThat(role("course:pk1", "pk_student")).isEqualTo("feed_member");
        assertThat(stream.requests("getOrCreateFollows")).hasSize(3);
        eventually(
                "the gauge counts it",
                () -> api.get("/actuator/prometheus", null).body().contains("peerloop_sync_intents_failed 1.0"));

        stream.heal();
        Api.Response retried = api.post("/api/internal/sync/retry-failed", service(), null);

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("retried").asInt()).isEqualTo(1);
        eventually("the follow appears", () -> follows("pk_student", "course:pk1"));
        eventually(
                "nothing is left",
                () -> status().path("failed").asLong() == 0
                        && status().path("pending").asLong() == 0);
    }
}
