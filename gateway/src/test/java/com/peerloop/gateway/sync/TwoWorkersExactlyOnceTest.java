package com.peerloop.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.fakestream.FakeStream;
import com.peerloop.fakestream.RecordedRequest;
import com.peerloop.testsupport.GatewayInstance;
import com.peerloop.testsupport.TestDatabase;
import com.peerloop.testsupport.TestJwts;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two gateway instances on one database and one Stream drain a backlog of 1,000 intents between them, and
 * Stream sees every change exactly once.
 */
@Tag("slow")
class TwoWorkersExactlyOnceTest {

    private static final int STUDENTS = 500;

    private static FakeStream stream;
    private static final List<GatewayInstance> instances = new ArrayList<>();

    @BeforeAll
    static void startTwoInstances() {
        stream = FakeStream.start("two-workers-key", TestJwts.randomSecret());
        TestDatabase.Settings db = TestDatabase.newDatabase();
        Map<String, String> settings = Map.ofEntries(
                Map.entry("spring.datasource.url", db.url()),
                Map.entry("spring.datasource.username", db.username()),
                Map.entry("spring.datasource.password", db.password()),
                Map.entry("spring.datasource.hikari.maximum-pool-size", "5"),
                Map.entry("stream.api-key", stream.apiKey()),
                Map.entry("stream.api-secret", stream.apiSecret()),
                Map.entry("stream.base-url", stream.baseUrl().toString()),
                Map.entry("peerloop.jwt.issuer", TestJwts.ISSUER),
                Map.entry("peerloop.jwt.secret", TestJwts.randomSecret()),
                Map.entry("peerloop.sync.poll-interval", "50ms"),
                Map.entry("peerloop.sync.batch-size", "20"),
                Map.entry("peerloop.sync.concurrency", "4"));
        for (int i = 0; i < 2; i++) {
            instances.add(GatewayInstance.start(settings));
        }
    }

    @AfterAll
    static void stop() {
        instances.forEach(GatewayInstance::close);
        stream.close();
    }

    @Test
    void eachStreamChangeIsMadeExactlyOnce() {
        JdbcClient jdbc = instances.get(0).bean(JdbcClient.class);
        Awaitility.await("feed groups")
                .atMost(Duration.ofSeconds(15))
                .until(() -> stream.state().feedGroups().active("course").isPresent());
        stream.clearRequests();
        seedBacklog(jdbc);

        Awaitility.await("backlog drained")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("select count(*) from sync_intents")
                                .query(Long.class)
                                .single()
                        == 0);

        List<RecordedRequest> follows = stream.requests("getOrCreateFollows");
        List<RecordedRequest> members = stream.requests("updateFeedMembers");
        assertThat(follows).hasSize(STUDENTS).allMatch(RecordedRequest::succeeded);
        // two membership upserts per student: its own intent's, and the follow's, which brings its membership
        // along (IntentApplier); an intent applied twice would make it three
        assertThat(members).hasSize(2 * STUDENTS).allMatch(RecordedRequest::succeeded);
        assertThat(countBy(
                        follows,
                        r -> r.json().get("follows").get(0).get("source").asText()))
                .hasSize(STUDENTS)
                .allSatisfy((source, count) -> assertThat(count).isEqualTo(1L));
        assertThat(countBy(
                        members,
                        r -> r.json().get("members").get(0).get("user_id").asText()))
                .hasSize(STUDENTS)
                .allSatisfy((user, count) -> assertThat(count).isEqualTo(2L));
        assertThat(stream.state().feeds().members("course:tw1"))
                .hasSize(STUDENTS)
                .allSatisfy(m -> assertThat(m.role()).isEqualTo("feed_member"));
        assertThat(stream.state().follows().followers("course:tw1"))
                .hasSize(STUDENTS)
                .allSatisfy(f -> assertThat(f.status()).isEqualTo("accepted"));
        assertThat(stream.requests("follow")).isEmpty();
        assertThat(applied(0) + applied(1)).isEqualTo(2.0 * STUDENTS);
        assertThat(applied(0)).isPositive();
        assertThat(applied(1)).isPositive();
    }

    /** A course, its students and the 1,000 intents their enrollments imply (member, then follow), committed at once. */
    private static void seedBacklog(JdbcClient jdbc) {
        jdbc.sql("""
                with course as (insert into courses (id, creator_id, title, created_at, updated_at)
                                values ('tw1', 'tw_creator', 'Two workers', now(), now())),
                     students as (select 'tw_s' || n as user_id from generate_series(1, :n) n),
                     enrolled as (insert into enrollments (course_id, user_id, status, enrolled_at, updated_at)
                                  select 'tw1', user_id, 'ACTIVE', now(), now() from students)
                insert into sync_intents (action, user_id, feed_group, feed_id, next_attempt_at, created_at)
                select a.action, s.user_id, 'course', 'tw1', now(), now()
                  from students s cross join (values ('ADD_MEMBER', 1), ('FOLLOW', 2)) a(action, step)
                 order by s.user_id, a.step""").param("n", STUDENTS).update();
    }

    private static Map<String, Long> countBy(List<RecordedRequest> requests, Function<RecordedRequest, String> key) {
        return requests.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static double applied(int instance) {
        return instances
                .get(instance)
                .bean(MeterRegistry.class)
                .find("peerloop.sync.intents.applied")
                .tag("outcome", "applied")
                .counter()
                .count();
    }
}
