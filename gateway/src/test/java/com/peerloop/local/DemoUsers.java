package com.peerloop.local;

import com.peerloop.testsupport.TestJwts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The local mode's demo users, one or more of each role, and their PeerLoop JWTs. */
final class DemoUsers {

    record DemoUser(String id, String name, List<String> roles) {}

    static final List<DemoUser> ALL = List.of(
            new DemoUser("demo-student", "Sam Student", List.of("student")),
            new DemoUser("demo-student-2", "Sasha Student", List.of("student")),
            new DemoUser("demo-dropped", "Dana Dropped", List.of("student")),
            new DemoUser("demo-teacher", "Tara Teacher", List.of("teacher")),
            new DemoUser("demo-creator", "Cleo Creator", List.of("creator")),
            new DemoUser("demo-creator-2", "Carl Creator", List.of("creator")),
            new DemoUser("demo-admin", "Ada Admin", List.of("admin")),
            new DemoUser("peerloop-backend", "PeerLoop backend", List.of("service")));

    static final Duration TOKEN_VALIDITY = Duration.ofHours(12);

    private final TestJwts jwts = new TestJwts(TestJwts.KeyType.HMAC, LocalGatewayApplication.JWT_SECRET);

    String token(DemoUser user) {
        Instant now = Instant.now();
        return jwts.forUser(user.id())
                .name(user.name())
                .roles(user.roles().toArray(String[]::new))
                .issuedAt(now)
                .expiresAt(now.plus(TOKEN_VALIDITY))
                .sign();
    }
}
