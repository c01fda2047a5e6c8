package com.peerloop.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.context.TestPropertySource;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;

/**
 * Every feed group × every kind of caller × read and post, against the contract's table. The cases are
 * the cross product; the expected answer comes from {@link #ALLOWED} and {@link #REFUSAL}, which restate
 * the contract's table and nothing else. Shared reads are switched off so that every allowed read is
 * seen reaching Stream.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "peerloop.feed.read-freshness=0s")
class FeedAccessMatrixTest extends GatewayTestBase {

    /** A kind of caller: who they are and their roles; {@code anonymous} sends no token. */
    record Caller(String kind, String userId, String... roles) {
        @Override
        public String toString() { return kind; }
    }

    static final List<Caller> CALLERS = List.of(
            new Caller("anonymous", null),
            new Caller("enrolled", "m_enrolled", "student"),
            new Caller("not enrolled", "m_other", "student"),
            new Caller("dropped", "m_dropped", "student"),
            new Caller("teacher of the course", "m_teacher", "teacher"),
            new Caller("creator of the course", "m_creator", "creator"),
            new Caller("another creator", "m_creator2", "creator"),
            new Caller("purchaser", "m_buyer", "student"),
            new Caller("non-purchaser", "m_nobuy", "student"),
            new Caller("refunded purchaser", "m_refunded", "student"),
            new Caller("owner", "m_owner", "student"),
            new Caller("another user", "m_another", "student"),
            new Caller("admin", "m_admin", "admin"),
            new Caller("service", "m_service", "service"));

    static final List<String> FEEDS = List.of("townhall:main", "course:mc1", "instructor:m_creator",
            "user:m_owner", "notification:m_owner", "timeline:m_owner");

    enum Action { READ, POST }

    static final Set<String> EVERYONE = Set.of("enrolled", "not enrolled", "dropped", "teacher of the course",
            "creator of the course", "another creator", "purchaser", "non-purchaser", "refunded purchaser", "owner",
            "another user", "admin", "service");

    /** The contract's table: who may read and who may post, per group. */
    static final Map<String, Map<Action, Set<String>>> ALLOWED = Map.of(
            "townhall", Map.of(Action.READ, EVERYONE, Action.POST, Set.of("admin")),
            "course", Map.of(
                    Action.READ, Set.of("enrolled", "teacher of the course", "creator of the course", "admin"),
                    Action.POST, Set.of("enrolled", "teacher of the course", "creator of the course", "admin")),
            "instructor", Map.of(
                    Action.READ, Set.of("purchaser", "creator of the course", "admin"),
                    Action.POST, Set.of("creator of the course", "admin")),
            "user", Map.of(Action.READ, EVERYONE, Action.POST, Set.of("owner")),
            "notification", Map.of(Action.READ, Set.of("owner"), Action.POST, Set.of()),
            "timeline", Map.of(Action.READ, Set.of("owner"), Action.POST, Set.of()));

    /** The 403 code the contract gives a refusal, per group and action. */
    static final Map<String, Map<Action, String>> REFUSAL = Map.of(
            "townhall", Map.of(Action.POST, "forbidden"),
            "course", Map.of(Action.READ, "not_enrolled", Action.POST, "not_enrolled"),
            "instructor", Map.of(Action.READ, "not_purchased", Action.POST, "not_owner"),
            "user", Map.of(Action.POST, "not_owner"),
            "notification", Map.of(Action.READ, "not_owner", Action.POST, "forbidden"),
            "timeline", Map.of(Action.READ, "not_owner", Action.POST, "forbidden"));

    record Case(String feed, Caller caller, Action action) {
        @Override
        public String toString() { return action + " " + feed + " as " + caller; }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String feed : FEEDS) {
            for (Caller caller : CALLERS) {
                for (Action action : Action.values()) {
                    cases.add(new Case(feed, caller, action));
                }
            }
        }
        return cases.stream();
    }

    @BeforeAll
    void records() {
        new Records(new Api(port), jwts)
                .course("mc1", "m_creator").course("mc2", "m_creator2")
                .teacher("mc1", "m_teacher")
                .enroll("mc1", "m_enrolled").enroll("mc2", "m_other")
                .enroll("mc1", "m_dropped").drop("mc1", "m_dropped")
                .purchase("mp1", "m_buyer", "m_creator").purchase("mp2", "m_refunded", "m_creator")
                .refund("mp2").purchase("mp3", "m_nobuy", "m_creator2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsTheContractTableSays(Case c) {
        String group = c.feed().substring(0, c.feed().indexOf(':'));
        String path = "/api/feeds/" + c.feed().replace(':', '/') + "/activities";
        String token = c.caller().userId() == null ? null : jwts.token(c.caller().userId(), c.caller().roles());

        Api.Response response = c.action() == Action.READ ? api.get(path, token)
                : api.post(path, token, "{\"type\":\"post\",\"text\":\"hello from " + c.caller().kind() + "\"}");

        if (token == null) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(stream.requests()).isEmpty();
        } else if (ALLOWED.get(group).get(c.action()).contains(c.caller().kind())) {
            assertThat(response.status()).as(response.body()).isEqualTo(c.action() == Action.READ ? 200 : 201);
            assertThat(stream.requests(c.action() == Action.READ ? "getOrCreateFeed" : "addActivity")).hasSize(1);
        } else {
            assertThat(response.status()).as(response.body()).isEqualTo(403);
            assertThat(response.json().get("code").asString()).isEqualTo(REFUSAL.get(group).get(c.action()));
            assertThat(stream.requests()).isEmpty();
        }
    }
}
