package com.peerloop.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.fakestream.RecordedRequest;
import com.peerloop.fakestream.StoredFeed;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A course or instructor feed that a feed read or post is the first to touch is created members-only by the
 * gateway itself, whatever the group's default; one found with another visibility is reported.
 */
@ExtendWith(OutputCaptureExtension.class)
class GatedFeedCreationTest extends GatewayTestBase {

    @Test
    void aFirstPostCreatesTheCourseFeedMembersOnlyAndAFirstReadTheInstructorFeed() {
        new Records(api, jwts)
                .course("gf1", "gf_creator")
                .enroll("gf1", "gf_student")
                .purchase("gfp1", "gf_student", "gf_creator");
        stream.clearRequests();

        Api.Response posted = api.post(
                "/api/feeds/course/gf1/activities",
                jwts.token("gf_student", "student"),
                "{\"type\":\"post\",\"text\":\"first\"}");
        Api.Response read = api.get("/api/feeds/instructor/gf_creator/activities", jwts.token("gf_student", "student"));

        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        for (String fid : List.of("course:gf1", "instructor:gf_creator")) {
            String path = "/api/v2/feeds/feed_groups/" + fid.replace(":", "/feeds/");
            assertThat(stream.requests("getOrCreateFeed"))
                    .filteredOn(r -> r.path().equals(path))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(
                                    r.json().path("data").path("visibility").asText())
                            .as(fid)
                            .isEqualTo("members"));
            assertThat(stream.state().feeds().get(fid).orElseThrow().visibility())
                    .isEqualTo("members");
        }
        assertThat(stream.state().feeds().get("course:gf1").orElseThrow().createdBy())
                .isEqualTo("peerloop-gateway");
    }

    @Test
    void aCourseFeedFoundVisibleIsLoggedAndCounted(CapturedOutput output) {
        Instant now = Instant.now();
        stream.state()
                .feeds()
                .put(new StoredFeed(
                        "course", "gf2", null, null, "visible", List.of(), null, "peerloop-gateway", now, now));
        new Records(api, jwts).course("gf2", "gf_creator2").enroll("gf2", "gf_student2");

        Api.Response posted = api.post(
                "/api/feeds/course/gf2/activities",
                jwts.token("gf_student2", "student"),
                "{\"type\":\"post\",\"text\":\"in a feed Stream shows to anyone\"}");

        assertThat(posted.status()).isEqualTo(201);
        assertThat(output.getAll()).contains("fid=course:gf2").contains("visibility=visible");
        assertThat(api.get("/actuator/prometheus", null).body())
                .containsPattern("stream_feed_visibility_mismatch_total\\{group=\"course\"[^}]*} [1-9]");
        assertThat(stream.requests()).allMatch(RecordedRequest::succeeded);
    }
}
