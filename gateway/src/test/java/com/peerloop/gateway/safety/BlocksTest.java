package com.peerloop.gateway.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.fakestream.RecordedRequest;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Blocks through HTTP: the blocker stops seeing the blocked user's activities and comments and stops being
 * notified of what they do; Stream holds the same block; unblocking restores everything. Feed pages are shared
 * between readers (read freshness on), so hiding is per reader, not per page.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "peerloop.feed.read-freshness=30s")
class BlocksTest extends GatewayTestBase {

    @BeforeAll
    void records() {
        new Records(new Api(port), jwts)
                .course("blk", "bl_creator")
                .enroll("blk", "bl_blocker")
                .enroll("blk", "bl_blocked")
                .enroll("blk", "bl_other");
    }

    private String token(String userId) {
        return jwts.token(userId, "student");
    }

    private String post(String author, String text) {
        Api.Response r = api.post(
                "/api/feeds/course/blk/activities", token(author), "{\"type\":\"post\",\"text\":\"" + text + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().at("/activity/id").asString();
    }

    private List<String> feedTexts(String reader) {
        Api.Response r = api.get("/api/feeds/course/blk/activities?limit=100", token(reader));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("activities").findValuesAsString("text");
    }

    private List<String> commentAuthors(String activityId, String reader) {
        Api.Response r = api.get("/api/activities/" + activityId + "/comments", token(reader));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json()
                .get("comments")
                .valueStream()
                .map(c -> c.at("/actor/id").asString())
                .toList();
    }

    private List<String> notificationActors(String userId) {
        JsonNode page = api.get("/api/notifications?limit=100", token(userId)).json();
        return page.get("groups").findValuesAsString("id").isEmpty()
                ? List.of()
                : page.get("groups")
                        .valueStream()
                        .flatMap(group -> group.get("actors").valueStream())
                        .map(actor -> actor.get("id").asString())
                        .toList();
    }

    /** Notifications the user has, counted one per activity across their groups. */
    private int notifications(String userId) {
        JsonNode page = api.get("/api/notifications?limit=100", token(userId)).json();
        return page.get("groups")
                .valueStream()
                .mapToInt(group -> group.get("activityCount").asInt())
                .sum();
    }

    @Test
    void theBlockerNoLongerSeesOrHearsFromTheBlockedUserUntilUnblocking() {
        String blockersPost = post("bl_blocker", "mine");
        post("bl_blocked", "from the blocked one");
        assertThat(api.post("/api/activities/" + blockersPost + "/comments", token("bl_blocked"), "{\"text\":\"hey\"}")
                        .status())
                .isEqualTo(201);
        assertThat(feedTexts("bl_blocker")).contains("from the blocked one");

        Api.Response blocked = api.put("/api/blocks/bl_blocked", token("bl_blocker"), null);

        assertThat(blocked.status()).as(blocked.body()).isEqualTo(204);
        assertThat(stream.state().moderation().isBlocked("bl_blocker", "bl_blocked"))
                .isTrue();
        assertThat(api.get("/api/blocks", token("bl_blocker"))
                        .json()
                        .get("blocks")
                        .findValuesAsString("userId"))
                .containsExactly("bl_blocked");
        assertThat(feedTexts("bl_blocker"))
                .doesNotContain("from the blocked one")
                .contains("mine");
        assertThat(feedTexts("bl_other")).contains("from the blocked one");
        assertThat(commentAuthors(blockersPost, "bl_blocker")).doesNotContain("bl_blocked");
        assertThat(commentAuthors(blockersPost, "bl_other")).contains("bl_blocked");

        int before = notifications("bl_blocker");
        assertThat(api.post(
                                "/api/activities/" + blockersPost + "/reactions",
                                token("bl_blocked"),
                                "{\"type\":\"like\"}")
                        .status())
                .isEqualTo(201);
        Api.Response mention = api.post(
                "/api/feeds/course/blk/activities",
                token("bl_blocked"),
                "{\"type\":\"post\",\"text\":\"look\",\"mentions\":[\"bl_blocker\"]}");
        assertThat(mention.status()).isEqualTo(201);
        assertThat(notifications("bl_blocker")).isEqualTo(before);

        Api.Response unblocked = api.delete("/api/blocks/bl_blocked", token("bl_blocker"));

        assertThat(unblocked.status()).as(unblocked.body()).isEqualTo(204);
        assertThat(stream.state().moderation().isBlocked("bl_blocker", "bl_blocked"))
                .isFalse();
        assertThat(feedTexts("bl_blocker")).contains("from the blocked one");
        assertThat(commentAuthors(blockersPost, "bl_blocker")).contains("bl_blocked");
        assertThat(api.post("/api/activities/" + blockersPost + "/comments", token("bl_blocked"), "{\"text\":\"hi\"}")
                        .status())
                .isEqualTo(201);
        // the comment from before the block shows again, and the new one is notified
        assertThat(notifications("bl_blocker")).isEqualTo(before + 2);
        assertThat(notificationActors("bl_blocker")).contains("bl_blocked");
    }

    @Test
    void theBlockersBookmarksLeaveOutTheBlockedUsersActivitiesUntilUnblocking() {
        String theirs = post("bl_blocked", "worth keeping");
        assertThat(api.put("/api/activities/" + theirs + "/bookmark", token("bl_other"), null)
                        .status())
                .isEqualTo(204);
        assertThat(bookmarkIds("bl_other")).contains(theirs);

        assertThat(api.put("/api/blocks/bl_blocked", token("bl_other"), null).status())
                .isEqualTo(204);
        List<String> whileBlocked = bookmarkIds("bl_other");
        assertThat(api.delete("/api/blocks/bl_blocked", token("bl_other")).status())
                .isEqualTo(204);

        assertThat(whileBlocked).doesNotContain(theirs);
        assertThat(bookmarkIds("bl_other")).contains(theirs);
    }

    private List<String> bookmarkIds(String userId) {
        Api.Response r = api.get("/api/bookmarks", token(userId));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json()
                .get("activities")
                .valueStream()
                .map(activity -> activity.get("id").asString())
                .toList();
    }

    @Test
    void blockingYourselfIsRefusedWithoutCallingStream() {
        stream.clearRequests();

        Api.Response self = api.put("/api/blocks/bl_other", token("bl_other"), null);
        Api.Response badId = api.put("/api/blocks/bad%20id", token("bl_other"), null);

        assertThat(self.status()).isEqualTo(400);
        assertThat(self.json().get("code").asString()).isEqualTo("validation_failed");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(stream.requests().stream().filter(RecordedRequest::write)).isEmpty();
        assertThat(stream.requests("blockUsers")).isEmpty();
    }
}
