package com.peerloop.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.peerloop.fakestream.FakeStream;
import com.peerloop.fakestream.StoredFeedGroup;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayIntegrationTest;
import com.peerloop.testsupport.TestJwts;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@Tag("slow")
@GatewayIntegrationTest
@TestPropertySource(properties = {"peerloop.test.stream-down-at-start=true", "stream.resilience.open-wait=300ms"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedGroupProvisioningTest {

    @Autowired
    FakeStream stream;

    @Autowired
    TestJwts jwts;

    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void groupsAreProvisionedOnceStreamIsBackAndProvisioningAgainChangesNothing() {
        Api api = new Api(port);
        String service = jwts.token("peerloop-backend", "service");
        Awaitility.await("a failed attempt")
                .atMost(Duration.ofSeconds(10))
                .until(() -> !stream.requests("getOrCreateFeedGroup").isEmpty());
        assertThat(api.get("/api/internal/sync/status", service)
                        .json()
                        .path("feedGroupsProvisioned")
                        .asBoolean())
                .isFalse();
        assertThat(stream.state().feedGroups().active("course")).isEmpty();

        stream.heal();

        Awaitility.await("provisioned by the background retry")
                .atMost(Duration.ofSeconds(15))
                .until(() -> api.get("/api/internal/sync/status", service)
                        .json()
                        .path("feedGroupsProvisioned")
                        .asBoolean());
        assertThat(visibility("townhall")).isEqualTo("visible");
        assertThat(visibility("course")).isEqualTo("members");
        assertThat(visibility("instructor")).isEqualTo("members");
        assertThat(stream.requests("getOrCreateFeedGroup"))
                .filteredOn(r -> r.succeeded())
                .isNotEmpty()
                .allSatisfy(r -> r.json()
                        .path("activity_selectors")
                        .forEach(selector ->
                                assertThat(selector.path("type").asText()).isIn(SELECTOR_TYPES)));
        for (String group : java.util.List.of("townhall", "course", "instructor")) {
            assertThat(stream.state().feedGroups().active(group).orElseThrow().hasSelector("current_feed"))
                    .as(group)
                    .isTrue();
        }
        assertNotificationGroupAggregatesAndTracks();

        stream.clearRequests();
        Api.Response again = api.post("/api/internal/sync/provision", service, null);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("groups").path("course").asString()).isEqualTo("UNCHANGED");
        assertThat(again.json().path("groups").path("townhall").asString()).isEqualTo("UNCHANGED");
        assertThat(again.json().path("groups").path("notification").asString()).isEqualTo("UNCHANGED");
        assertThat(stream.requests().stream().filter(r -> r.write()).toList()).isEmpty();
    }

    @Test
    void provisioningOnDemandRestoresAGroupChangedInStream() {
        Api api = new Api(port);
        String service = jwts.token("peerloop-backend", "service");
        stream.heal();
        Awaitility.await("provisioned")
                .atMost(Duration.ofSeconds(15))
                .until(() -> api.get("/api/internal/sync/status", service)
                        .json()
                        .path("feedGroupsProvisioned")
                        .asBoolean(false));
        stream.clearRequests();
        StoredFeedGroup group = stream.state().feedGroups().active("instructor").orElseThrow();
        ObjectNode config = group.config().deepCopy();
        config.put("default_visibility", "visible");
        stream.state()
                .feedGroups()
                .put(new StoredFeedGroup("instructor", config, group.createdAt(), group.updatedAt(), null));

        Api.Response response = api.post("/api/internal/sync/provision", service, null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("groups").path("instructor").asString()).isEqualTo("UPDATED");
        assertThat(visibility("instructor")).isEqualTo("members");
        assertThat(stream.requests("updateFeedGroup")).hasSize(1);
    }

    @Test
    void provisioningOnDemandRestoresTheNotificationGroupsAggregationAndTracking() {
        Api api = new Api(port);
        String service = jwts.token("peerloop-backend", "service");
        stream.heal();
        Awaitility.await("provisioned")
                .atMost(Duration.ofSeconds(15))
                .until(() -> api.get("/api/internal/sync/status", service)
                        .json()
                        .path("feedGroupsProvisioned")
                        .asBoolean());
        StoredFeedGroup group =
                stream.state().feedGroups().active("notification").orElseThrow();
        ObjectNode config = group.config().deepCopy();
        config.remove("aggregation");
        config.putObject("notification").put("track_read", false).put("track_seen", true);
        stream.state()
                .feedGroups()
                .put(new StoredFeedGroup("notification", config, group.createdAt(), group.updatedAt(), null));
        stream.clearRequests();

        Api.Response response = api.post("/api/internal/sync/provision", service, null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("groups").path("notification").asString())
                .isEqualTo("UPDATED");
        assertThat(stream.requests("updateFeedGroup"))
                .singleElement()
                .satisfies(r -> assertThat(r.path()).endsWith("/feed_groups/notification"));
        assertNotificationGroupAggregatesAndTracks();
    }

    @Test
    void provisioningOnDemandWhileStreamIsDownIsUpstreamUnavailable() {
        Api api = new Api(port);
        stream.failAlways(503);
        try {
            Api.Response response =
                    api.post("/api/internal/sync/provision", jwts.token("peerloop-backend", "service"), null);

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.json().path("code").asString()).isEqualTo("upstream_unavailable");
        } finally {
            stream.heal();
        }
    }

    /** Spec ActivitySelectorConfig.type. */
    private static final java.util.Set<String> SELECTOR_TYPES = java.util.Set.of(
            "popular", "proximity", "following", "current_feed", "query", "interest", "follow_suggestion");

    /** Grouped by activity type and day, the format Stream's aggregation docs give; read and seen tracked. */
    private void assertNotificationGroupAggregatesAndTracks() {
        var config =
                stream.state().feedGroups().active("notification").orElseThrow().config();
        assertThat(config.path("aggregation").path("format").asText())
                .isEqualTo("{{ type }}-{{ time.strftime(\"%Y-%m-%d\") }}");
        assertThat(config.path("notification").path("track_read").asBoolean()).isTrue();
        assertThat(config.path("notification").path("track_seen").asBoolean()).isTrue();
    }

    private String visibility(String group) {
        return stream.state().feedGroups().active(group).orElseThrow().defaultVisibility();
    }
}
