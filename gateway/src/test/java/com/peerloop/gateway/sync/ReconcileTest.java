package com.peerloop.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.fakestream.RecordedRequest;
import com.peerloop.fakestream.StoredFeed;
import com.peerloop.fakestream.StoredFollow;
import com.peerloop.fakestream.StoredMember;
import com.peerloop.testsupport.Api;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ReconcileTest extends SyncTestBase {

    @Test
    void reconcileRepairsDriftMadeDirectlyInStream() {
        records.course("rc1", "rc_creator")
                .course("rc2", "rc_creator")
                .enroll("rc1", "rc_u")
                .enroll("rc2", "rc_u")
                .drop("rc2", "rc_u")
                .purchase("rcp1", "rc_u", "rc_seller");
        eventually(
                "intents applied",
                () -> status().path("pending").asLong() == 0
                        && follows("rc_u", "course:rc1")
                        && follows("rc_u", "instructor:rc_seller"));

        Instant now = Instant.now();
        stream.state().follows().remove("timeline:rc_u", "course:rc1");
        stream.state().feeds().removeMember("instructor:rc_seller", "rc_u");
        stream.state()
                .feeds()
                .putMember(new StoredMember("course:rc2", "rc_u", "feed_member", "member", null, now, now));
        stream.state()
                .feeds()
                .put(new StoredFeed("course", "rc_stray", null, null, "members", List.of(), null, null, now, now));
        stream.state()
                .follows()
                .put(new StoredFollow(
                        "timeline:rc_u", "course:rc_stray", "accepted", "all", null, now, now, Long.MAX_VALUE / 2));
        stream.state()
                .feeds()
                .putMember(new StoredMember("course:rc_stray", "rc_u", "feed_member", "member", null, now, now));

        Api.Response response = api.post("/api/internal/users/rc_u/reconcile", service(), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(strings(response, "added"))
                .containsExactlyInAnyOrder("follow timeline:rc_u -> course:rc1", "member instructor:rc_seller");
        assertThat(strings(response, "removed"))
                .containsExactlyInAnyOrder(
                        "follow timeline:rc_u -> course:rc_stray", "member course:rc_stray", "member course:rc2");
        assertThat(follows("rc_u", "course:rc1")).isTrue();
        assertThat(role("instructor:rc_seller", "rc_u")).isEqualTo("feed_member");
        assertThat(role("course:rc2", "rc_u")).isNull();
        assertThat(follows("rc_u", "course:rc_stray")).isFalse();
        assertThat(role("course:rc_stray", "rc_u")).isNull();

        Api.Response again = api.post("/api/internal/users/rc_u/reconcile", service(), null);
        assertThat(strings(again, "added")).isEmpty();
        assertThat(strings(again, "removed")).isEmpty();
    }

    @Test
    void reconcileOfACreatorRestoresOwnership() {
        records.course("rc3", "rc_owner");
        // both of the course's intents (course and instructor ownership) must be applied before the members are
        // removed, or a late one would restore a membership the reconcile is meant to find missing
        eventually(
                "intents applied",
                () -> "feed_moderator".equals(role("course:rc3", "rc_owner"))
                        && "feed_moderator".equals(role("instructor:rc_owner", "rc_owner")));
        stream.state().feeds().removeMember("course:rc3", "rc_owner");
        stream.state().feeds().removeMember("instructor:rc_owner", "rc_owner");

        Api.Response response = api.post("/api/internal/users/rc_owner/reconcile", service(), null);

        assertThat(strings(response, "added"))
                .containsExactlyInAnyOrder("member course:rc3", "member instructor:rc_owner");
        assertThat(role("course:rc3", "rc_owner")).isEqualTo("feed_moderator");
        assertThat(role("instructor:rc_owner", "rc_owner")).isEqualTo("feed_moderator");
    }

    @Test
    void reconcileWhileStreamIsDownIsUpstreamUnavailable() {
        stream.failAlways(503);

        Api.Response response = api.post("/api/internal/users/rc_down/reconcile", service(), null);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().path("code").asString()).isEqualTo("upstream_unavailable");
    }

    @Test
    void reconcileAddsTheMembershipBeforeTheFollowAndUnfollowsBeforeRemovingIt() {
        records.course("rc4", "rc_creator4")
                .course("rc5", "rc_creator4")
                .enroll("rc4", "rc_o")
                .enroll("rc5", "rc_o");
        eventually("intents applied", () -> status().path("pending").asLong() == 0 && follows("rc_o", "course:rc5"));
        records.drop("rc5", "rc_o");
        eventually("drop applied", () -> status().path("pending").asLong() == 0);
        Instant now = Instant.now();
        stream.state().follows().remove("timeline:rc_o", "course:rc4");
        stream.state().feeds().removeMember("course:rc4", "rc_o");
        stream.state()
                .feeds()
                .putMember(new StoredMember("course:rc5", "rc_o", "feed_member", "member", null, now, now));
        stream.state()
                .follows()
                .put(new StoredFollow(
                        "timeline:rc_o", "course:rc5", "accepted", "all", null, now, now, Long.MAX_VALUE / 3));
        stream.clearRequests();

        Api.Response response = api.post("/api/internal/users/rc_o/reconcile", service(), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(strings(response, "added"))
                .containsExactly("member course:rc4", "follow timeline:rc_o -> course:rc4");
        assertThat(strings(response, "removed"))
                .containsExactly("follow timeline:rc_o -> course:rc5", "member course:rc5");
        List<String> writes = stream.requests().stream()
                .filter(RecordedRequest::write)
                .map(r -> r.operation() + " " + r.path())
                .toList();
        String addMember = "updateFeedMembers /api/v2/feeds/feed_groups/course/feeds/rc4/members";
        String follow = "getOrCreateFollows /api/v2/feeds/follows/batch/upsert";
        String unfollow = "getOrCreateUnfollows /api/v2/feeds/unfollow/batch/upsert";
        String removeMember = "updateFeedMembers /api/v2/feeds/feed_groups/course/feeds/rc5/members";
        assertThat(writes).containsExactlyInAnyOrder(addMember, follow, unfollow, removeMember);
        assertThat(writes.indexOf(addMember)).isLessThan(writes.indexOf(follow));
        assertThat(writes.indexOf(unfollow)).isLessThan(writes.indexOf(removeMember));
        assertThat(stream.requests()).allMatch(RecordedRequest::succeeded);
        assertThat(follows("rc_o", "course:rc4")).isTrue();
        assertThat(follows("rc_o", "course:rc5")).isFalse();
        assertThat(role("course:rc5", "rc_o")).isNull();
    }

    @Test
    void aGatedFeedFoundWithAnotherVisibilityIsReportedInTheResultTheLogAndAMetric(CapturedOutput output) {
        Instant now = Instant.now();
        stream.state()
                .feeds()
                .put(new StoredFeed(
                        "course", "rcv", null, null, "visible", List.of(), null, "peerloop-gateway", now, now));
        records.course("rcv", "rcv_creator").enroll("rcv", "rcv_u");
        eventually("intents applied", () -> status().path("pending").asLong() == 0 && follows("rcv_u", "course:rcv"));

        Api.Response response = api.post("/api/internal/users/rcv_u/reconcile", service(), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(strings(response, "mismatched")).containsExactly("course:rcv visible");
        assertThat(strings(response, "added")).isEmpty();
        assertThat(output.getAll()).contains("fid=course:rcv").contains("visibility=visible");
        String metrics = api.get("/actuator/prometheus", null).body();
        assertThat(metrics).containsPattern("stream_feed_visibility_mismatch_total\\{group=\"course\"[^}]*} [1-9]");
        assertThat(stream.state().feeds().get("course:rcv").orElseThrow().visibility())
                .as("SDK 4.1.1 cannot change it; only reported")
                .isEqualTo("visible");
    }

    @Test
    void aReconcileWithoutMismatchLeavesTheFieldOut() {
        records.course("rcw", "rcw_creator").enroll("rcw", "rcw_u");
        eventually("intents applied", () -> status().path("pending").asLong() == 0 && follows("rcw_u", "course:rcw"));

        Api.Response response = api.post("/api/internal/users/rcw_u/reconcile", service(), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().has("mismatched")).isFalse();
        assertThat(response.json().has("added")).isTrue();
        assertThat(response.json().has("removed")).isTrue();
    }

    private static List<String> strings(Api.Response response, String field) {
        return response.json().path(field).valueStream().map(n -> n.asString()).toList();
    }
}
