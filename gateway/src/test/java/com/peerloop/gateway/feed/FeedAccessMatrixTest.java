package com.peerloop.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.gateway.access.AccessTable;
import com.peerloop.gateway.access.AccessTable.Action;
import com.peerloop.gateway.access.AccessTable.Caller;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.context.TestPropertySource;

/**
 * A few callers per feed group, end to end over HTTP against the contract's table ({@link AccessTable}):
 * the anonymous caller for every group and action, and for each group someone allowed to read, someone
 * allowed to post where anyone is, and its refusals. The whole table, every caller × group × action, is
 * {@code AccessMatrixTest} on the policy. Shared reads are switched off so that every allowed read is seen reaching Stream.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "peerloop.feed.read-freshness=0s")
class FeedAccessMatrixTest extends GatewayTestBase {

    record Case(String feed, Caller caller, Action action) {
        @Override
        public String toString() {
            return action + " " + feed + " as " + caller;
        }
    }

    static Stream<Case> cases() {
        Stream<Case> anonymous = AccessTable.FEEDS.stream()
                .flatMap(feed -> Stream.of(Action.values()).map(action -> of(feed, "anonymous", action)));
        return Stream.concat(
                anonymous,
                Stream.of(
                        of("townhall:main", "another user", Action.READ),
                        of("townhall:main", "admin", Action.POST),
                        of("townhall:main", "teacher of the course", Action.POST),
                        of("course:mc1", "enrolled", Action.READ),
                        of("course:mc1", "teacher of the course", Action.POST),
                        of("course:mc1", "dropped", Action.READ),
                        of("course:mc1", "not enrolled", Action.POST),
                        of("course:mc1", "another creator", Action.READ),
                        of("instructor:m_creator", "purchaser", Action.READ),
                        of("instructor:m_creator", "creator of the course", Action.POST),
                        of("instructor:m_creator", "refunded purchaser", Action.READ),
                        of("instructor:m_creator", "purchaser", Action.POST),
                        of("user:m_owner", "another user", Action.READ),
                        of("user:m_owner", "owner", Action.POST),
                        of("user:m_owner", "admin", Action.POST),
                        of("notification:m_owner", "owner", Action.READ),
                        of("notification:m_owner", "admin", Action.READ),
                        of("notification:m_owner", "owner", Action.POST),
                        of("timeline:m_owner", "owner", Action.READ),
                        of("timeline:m_owner", "another user", Action.READ),
                        of("timeline:m_owner", "service", Action.POST)));
    }

    private static Case of(String feed, String callerKind, Action action) {
        return new Case(feed, AccessTable.caller(callerKind), action);
    }

    @BeforeAll
    void records() {
        new Records(new Api(port), jwts)
                .course("mc1", "m_creator")
                .course("mc2", "m_creator2")
                .teacher("mc1", "m_teacher")
                .enroll("mc1", "m_enrolled")
                .enroll("mc2", "m_other")
                .enroll("mc1", "m_dropped")
                .drop("mc1", "m_dropped")
                .purchase("mp1", "m_buyer", "m_creator")
                .purchase("mp2", "m_refunded", "m_creator")
                .refund("mp2")
                .purchase("mp3", "m_nobuy", "m_creator2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsTheContractTableSays(Case c) {
        String path = "/api/feeds/" + c.feed().replace(':', '/') + "/activities";
        String token = c.caller().userId() == null
                ? null
                : jwts.token(c.caller().userId(), c.caller().roles());

        Api.Response response = c.action() == Action.READ
                ? api.get(path, token)
                : api.post(
                        path,
                        token,
                        "{\"type\":\"post\",\"text\":\"hello from " + c.caller().kind() + "\"}");

        if (token == null) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(stream.requests()).isEmpty();
        } else if (AccessTable.allows(c.feed(), c.caller(), c.action())) {
            assertThat(response.status()).as(response.body()).isEqualTo(c.action() == Action.READ ? 200 : 201);
            assertThat(stream.requests(c.action() == Action.READ ? "getOrCreateFeed" : "addActivity"))
                    .hasSize(1);
        } else {
            assertThat(response.status()).as(response.body()).isEqualTo(403);
            assertThat(response.json().get("code").asString()).isEqualTo(AccessTable.refusal(c.feed(), c.action()));
            assertThat(stream.requests()).isEmpty();
        }
    }
}
