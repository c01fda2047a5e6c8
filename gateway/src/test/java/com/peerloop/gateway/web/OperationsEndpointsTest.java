package com.peerloop.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import org.junit.jupiter.api.Test;

class OperationsEndpointsTest extends GatewayTestBase {

    @Test
    void readinessIncludesDatabaseAndStream() {
        Api.Response response = api.get("/actuator/health/readiness", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(response.json().at("/components/stream/status").asString()).isEqualTo("UP");
    }

    @Test
    void livenessIsUp() {
        Api.Response response = api.get("/actuator/health/liveness", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusEndpointServesMetrics() {
        api.post("/api/stream/token", jwts.token("u_metrics", "student"), null);

        Api.Response response = api.get("/actuator/prometheus", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count");
    }

    @Test
    void openApiDescribesTheTokenEndpoint() {
        Api.Response response = api.get("/v3/api-docs", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/paths/~1api~1stream~1token/post")).isNotNull();
        assertThat(response.json().at("/paths/~1api~1stream~1token/post").isMissingNode())
                .isFalse();
    }

    @Test
    void openApiDescribesTheDiscussionEndpointsWithTheirSchemas() {
        var doc = api.get("/v3/api-docs", null).json();

        assertThat(doc.at("/paths/~1api~1comments~1{commentId}~1replies/post").isMissingNode())
                .isFalse();
        assertThat(doc.at("/paths/~1api~1comments~1{commentId}~1replies/get").isMissingNode())
                .isFalse();
        assertThat(doc.at("/paths/~1api~1comments~1{commentId}~1reactions/post").isMissingNode())
                .isFalse();
        assertThat(doc.at("/paths/~1api~1comments~1{commentId}~1reactions~1{type}/delete")
                        .isMissingNode())
                .isFalse();
        assertThat(doc.at("/paths/~1api~1activities~1{activityId}/patch").isMissingNode())
                .isFalse();
        assertThat(doc.at("/paths/~1api~1comments~1{commentId}/patch").isMissingNode())
                .isFalse();
        assertThat(doc.at("/paths/~1api~1activities~1{activityId}~1comments/get/parameters")
                        .toString())
                .contains("sort");
        var schemas = doc.at("/components/schemas");
        assertThat(schemas.at("/NewReply/properties/mentions").isMissingNode()).isFalse();
        assertThat(schemas.at("/ActivityEdit/properties/custom").isMissingNode())
                .isFalse();
        assertThat(schemas.at("/CommentEdit/properties/text").isMissingNode()).isFalse();
        assertThat(schemas.at("/Comment/properties/replyCount").isMissingNode()).isFalse();
        assertThat(schemas.at("/CommentReactionEnvelope").isMissingNode()).isFalse();
    }

    @Test
    void openApiDescribesTheFeedAndRecordEndpointsWithTheirSchemas() {
        var doc = api.get("/v3/api-docs", null).json();

        for (String path : new String[] {
            "/api/feeds/{group}/{id}/activities",
            "/api/activities/{activityId}",
            "/api/activities/{activityId}/reactions",
            "/api/activities/{activityId}/comments",
            "/api/comments/{commentId}",
            "/api/follows",
            "/api/internal/courses/{courseId}",
            "/api/internal/courses/{courseId}/enrollments/{userId}",
            "/api/internal/purchases/{purchaseId}"
        }) {
            assertThat(doc.get("paths").has(path)).as(path).isTrue();
        }
        var schemas = doc.at("/components/schemas");
        assertThat(schemas.has("NewActivity")).isTrue();
        assertThat(schemas.at("/NewActivity/properties/type/enum").toString())
                .contains("post", "question", "announcement");
        assertThat(schemas.has("ActivityPage")).isTrue();
        assertThat(schemas.at("/Activity/properties/reactionCounts").isMissingNode())
                .isFalse();
    }

    @Test
    void openApiDescribesThePinBookmarkReportAndBlockEndpointsWithTheirSchemas() {
        var doc = api.get("/v3/api-docs", null).json();
        var paths = doc.get("paths");

        assertThat(paths.at("/~1api~1feeds~1{group}~1{id}~1pins~1{activityId}/put")
                        .isMissingNode())
                .isFalse();
        assertThat(paths.at("/~1api~1feeds~1{group}~1{id}~1pins~1{activityId}/delete")
                        .isMissingNode())
                .isFalse();
        assertThat(paths.at("/~1api~1activities~1{activityId}~1bookmark/put").isMissingNode())
                .isFalse();
        assertThat(paths.at("/~1api~1bookmarks/get").isMissingNode()).isFalse();
        assertThat(paths.at("/~1api~1activities~1{activityId}~1reports/post").isMissingNode())
                .isFalse();
        assertThat(paths.at("/~1api~1comments~1{commentId}~1reports/post").isMissingNode())
                .isFalse();
        assertThat(paths.at("/~1api~1feeds~1{group}~1{id}~1reports/get").isMissingNode())
                .isFalse();
        assertThat(paths.at("/~1api~1reports~1{reportId}~1resolution/post").isMissingNode())
                .isFalse();
        assertThat(paths.at("/~1api~1blocks~1{userId}/put").isMissingNode()).isFalse();
        assertThat(paths.at("/~1api~1blocks/get").isMissingNode()).isFalse();
        var schemas = doc.at("/components/schemas");
        assertThat(schemas.at("/NewReport/properties/reason/enum").toString())
                .contains("spam", "harassment", "inappropriate", "other");
        assertThat(schemas.at("/Resolution/properties/action/enum").toString()).contains("dismiss", "remove");
        assertThat(schemas.at("/ReportView/properties/target").isMissingNode()).isFalse();
        assertThat(schemas.at("/Activity/properties/bookmarked").isMissingNode())
                .isFalse();
        assertThat(schemas.at("/Activity/properties/editedAt").isMissingNode()).isFalse();
    }

    @Test
    void swaggerUiIsServed() {
        Api.Response response = api.get("/swagger-ui/index.html", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("Swagger UI");
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() {
        assertThat(api.get("/actuator/env", null).status()).isIn(401, 403, 404);
        assertThat(api.get("/actuator/env", null).body()).doesNotContain(stream.apiSecret());
    }

    @Test
    void demoTokenEndpointOfLocalModeDoesNotExistHere() {
        Api.Response response = api.get("/local/demo-tokens", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("token\"");
    }
}
