package com.peerloop.gateway.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.fakestream.RecordedRequest;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationTest extends GatewayTestBase {

    private static final String RULES = "blocked-terms:\n  - kys\n  - kill yourself\nmax-links: 2\n";
    private static final Path RULES_FILE = rulesFile();
    private static final String COURSE_FEED = "/api/feeds/course/mc1/activities";

    private String student;

    @DynamicPropertySource
    static void moderationSettings(DynamicPropertyRegistry registry) {
        registry.add("peerloop.moderation.rules-file", RULES_FILE::toString);
        registry.add("peerloop.moderation.reload-interval", () -> "100ms");
    }

    @BeforeAll
    void records() {
        new Records(new Api(port), jwts).course("mc1", "m_creator").enroll("mc1", "m_student");
        student = jwts.token("m_student", "student");
    }

    @Test
    void blockedTermInACoursePostIsRefusedAndStreamSeesNothing() {
        Api.Response response = api.post(COURSE_FEED, student, post("Honestly, KYS."));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("content_rejected");
        assertThat(response.body()).doesNotContain("KYS");
        assertThat(stream.requests()).isEmpty();
    }

    @Test
    void tooManyLinksInACoursePostAreRefusedAndStreamSeesNothing() {
        Api.Response response = api.post(COURSE_FEED, student, post("https://a.test https://b.test and www.c.test"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("content_rejected");
        assertThat(stream.requests()).isEmpty();
    }

    @Test
    void harmlessCoursePostIsPublished() {
        Api.Response response = api.post(COURSE_FEED, student, post("Lost my keys in the skys, see https://a.test"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void postOutsideCourseFeedsIsNotModerated() {
        Api.Response response = api.post("/api/feeds/user/m_student/activities", student, post("kys"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void blockedCommentOnACourseActivityIsRefusedAfterOnlyReadingTheActivity() {
        String activityId = api.post(COURSE_FEED, student, post("Question about week 2"))
                .json()
                .get("activity")
                .get("id")
                .asString();
        stream.clearRequests();

        Api.Response response = api.post(
                "/api/activities/" + activityId + "/comments", student, "{\"text\":\"just kill\\n yourself\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("content_rejected");
        assertThat(stream.requests()).isNotEmpty().noneMatch(RecordedRequest::write);
    }

    @Test
    void changedRulesFileIsAppliedWithoutARestart() {
        assertThat(api.post(COURSE_FEED, student, post("a mild zorblax")).status())
                .isEqualTo(201);

        writeRules(RULES.replace("  - kys\n", "  - kys\n  - zorblax\n"));

        Api.Response response = pollUntil422(post("another ZORBLAX"), Duration.ofSeconds(10));
        assertThat(response.status()).isEqualTo(422);
        assertThat(api.post(COURSE_FEED, student, post("kys")).status()).isEqualTo(422);
    }

    private Api.Response pollUntil422(String body, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Api.Response response = api.post(COURSE_FEED, student, body);
        while (response.status() != 422 && Instant.now().isBefore(deadline)) {
            pause();
            response = api.post(COURSE_FEED, student, body);
        }
        return response;
    }

    private static String post(String text) {
        return "{\"type\":\"post\",\"text\":\"" + text + "\"}";
    }

    private static Path rulesFile() {
        try {
            Path file = Files.createTempDirectory("moderation-test").resolve("moderation-rules.yml");
            Files.writeString(file, RULES);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRules(String content) {
        try {
            Files.writeString(RULES_FILE, content);
            Files.setLastModifiedTime(RULES_FILE, FileTime.from(Instant.now().plusSeconds(5)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
