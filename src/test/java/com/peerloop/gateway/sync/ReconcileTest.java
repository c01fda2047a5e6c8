package com.peerloop.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.peerloop.fakestream.StoredFeed;
import com.peerloop.fakestream.StoredFollow;
import com.peerloop.fakestream.StoredMember;
import com.peerloop.testsupport.Api;

class ReconcileTest extends SyncTestBase {

    @Test
    void reconcileRepairsDriftMadeDirectlyInStream() {
        records.course("rc1", "rc_creator").course("rc2", "rc_creator").enroll("rc1", "rc_u").enroll("rc2", "rc_u")
                .drop("rc2", "rc_u").purchase("rcp1", "rc_u", "rc_seller");
        eventually("intents applied", () -> status().path("pending").asLong() == 0
                && follows("rc_u", "course:rc1") && follows("rc_u", "instructor:rc_seller"));

        Instant now = Instant.now();
        stream.state().follows().remove("timeline:rc_u", "course:rc1");
        stream.state().feeds().removeMember("instructor:rc_seller", "rc_u");
        stream.state().feeds().putMember(new StoredMember("course:rc2", "rc_u", "member", "member", null, now, now));
        stream.state().feeds().put(new StoredFeed("course", "rc_stray", null, null, "members", List.of(), null, null,
                now, now));
        stream.state().follows().put(new StoredFollow("timeline:rc_u", "course:rc_stray", "accepted", "all", null, now,
                now, Long.MAX_VALUE / 2));
        stream.state().feeds().putMember(new StoredMember("course:rc_stray", "rc_u", "member", "member", null, now,
                now));

        Api.Response response = api.post("/api/internal/users/rc_u/reconcile", service(), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(strings(response, "added")).containsExactlyInAnyOrder(
                "follow timeline:rc_u -> course:rc1", "member instructor:rc_seller");
        assertThat(strings(response, "removed")).containsExactlyInAnyOrder(
                "follow timeline:rc_u -> course:rc_stray", "member course:rc_stray", "member course:rc2");
        assertThat(follows("rc_u", "course:rc1")).isTrue();
        assertThat(role("instructor:rc_seller", "rc_u")).isEqualTo("member");
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
        eventually("intents applied", () -> "owner".equals(role("course:rc3", "rc_owner")));
        stream.state().feeds().removeMember("course:rc3", "rc_owner");
        stream.state().feeds().removeMember("instructor:rc_owner", "rc_owner");

        Api.Response response = api.post("/api/internal/users/rc_owner/reconcile", service(), null);

        assertThat(strings(response, "added")).containsExactlyInAnyOrder("member course:rc3",
                "member instructor:rc_owner");
        assertThat(role("course:rc3", "rc_owner")).isEqualTo("owner");
        assertThat(role("instructor:rc_owner", "rc_owner")).isEqualTo("owner");
    }

    @Test
    void reconcileWhileStreamIsDownIsUpstreamUnavailable() {
        stream.failAlways(503);

        Api.Response response = api.post("/api/internal/users/rc_down/reconcile", service(), null);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().path("code").asString()).isEqualTo("upstream_unavailable");
    }

    private static List<String> strings(Api.Response response, String field) {
        return response.json().path(field).valueStream().map(n -> n.asString()).toList();
    }
}
