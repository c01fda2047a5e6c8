package com.peerloop.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.gateway.access.AccessTable.Action;
import com.peerloop.gateway.access.AccessTable.Caller;
import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.auth.Role;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.records.CourseRelation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every feed group × every kind of signed-in caller × read and post, against the contract's table
 * ({@link AccessTable}), on the policy alone with the records held in memory. An anonymous caller never
 * reaches the policy (401 from the filter chain); that is checked over HTTP.
 */
class AccessMatrixTest {

    private static final Map<String, String> CREATORS = Map.of("mc1", "m_creator", "mc2", "m_creator2");
    private static final Set<String> TEACHERS = Set.of("mc1/m_teacher");
    private static final Set<String> ENROLLED = Set.of("mc1/m_enrolled", "mc2/m_other");
    private static final Set<String> PURCHASES = Set.of("m_buyer/m_creator", "m_nobuy/m_creator2");

    private final AccessPolicy policy = new AccessPolicy(new AccessLookups() {
        @Override
        public Optional<CourseRelation> courseRelation(String courseId, String userId) {
            return Optional.ofNullable(CREATORS.get(courseId))
                    .map(creator -> new CourseRelation(
                            creator,
                            ENROLLED.contains(courseId + "/" + userId),
                            TEACHERS.contains(courseId + "/" + userId)));
        }

        @Override
        public boolean hasActivePurchase(String userId, String creatorId) {
            return PURCHASES.contains(userId + "/" + creatorId);
        }
    });

    record Case(String feed, Caller caller, Action action) {
        @Override
        public String toString() {
            return action + " " + feed + " as " + caller;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String feed : AccessTable.FEEDS) {
            for (Caller caller : AccessTable.CALLERS) {
                if (caller.userId() == null) {
                    continue;
                }
                for (Action action : Action.values()) {
                    cases.add(new Case(feed, caller, action));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsTheContractTableSays(Case c) {
        PeerLoopUser user = new PeerLoopUser(c.caller().userId(), null, null, roles(c.caller()), Instant.EPOCH);
        AccessPolicy.Decision decision = policy.decide(
                user,
                Feed.of(c.feed()),
                c.action() == Action.READ ? AccessPolicy.Action.READ : AccessPolicy.Action.POST);

        if (AccessTable.allows(c.feed(), c.caller(), c.action())) {
            assertThat(decision.isAllowed())
                    .as(String.valueOf(decision.refusal()))
                    .isTrue();
        } else {
            assertThat(decision.isAllowed()).isFalse();
            assertThat(decision.refusal().status().value()).isEqualTo(403);
            assertThat(decision.refusal().code()).isEqualTo(AccessTable.refusal(c.feed(), c.action()));
        }
    }

    private static Set<Role> roles(Caller caller) {
        return Arrays.stream(caller.roles())
                .map(r -> Role.valueOf(r.toUpperCase(Locale.ROOT)))
                .collect(Collectors.toSet());
    }
}
