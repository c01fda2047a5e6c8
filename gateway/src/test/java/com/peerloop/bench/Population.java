package com.peerloop.bench;

import com.peerloop.testsupport.TestJwts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's users, courses and enrollments, derived from the settings alone so that every driver
 * process agrees on them: user {@code i} is enrolled in course {@code i % courses}, the first
 * {@code hotUsers} users also in the hot course, and every tenth course shares a creator.
 */
final class Population {

    static final String HOT_COURSE = "bench-hot";
    static final String SERVICE_USER = "bench-backend";

    private final BenchSettings settings;
    private final TestJwts jwts;

    Population(BenchSettings settings, String jwtSecret) {
        this.settings = settings;
        this.jwts = new TestJwts(TestJwts.KeyType.HMAC, jwtSecret);
    }

    static String user(int i) {
        return "bench-u" + i;
    }

    static String course(int j) {
        return "bench-c" + j;
    }

    static String creatorOf(String courseId) {
        return HOT_COURSE.equals(courseId)
                ? "bench-creator-hot"
                : "bench-creator-" + Integer.parseInt(courseId.substring("bench-c".length())) / 10;
    }

    String courseOf(int user) {
        return course(user % settings.courses());
    }

    /** A PeerLoop JWT of a student, valid for the whole run. */
    String studentToken(String userId) {
        Instant now = Instant.now();
        return jwts.forUser(userId)
                .name("Bench " + userId)
                .roles("student")
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(3)))
                .sign();
    }

    String creatorToken(String creatorId) {
        Instant now = Instant.now();
        return jwts.forUser(creatorId)
                .name("Creator " + creatorId)
                .roles("creator")
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofHours(3)))
                .sign();
    }

    String serviceToken() {
        return jwts.token(SERVICE_USER, "service");
    }

    /** Feeder records {@code jwt}, {@code course}: every user reading their own course. */
    List<Map<String, Object>> readers() {
        List<Map<String, Object>> out = new ArrayList<>(settings.users());
        for (int i = 0; i < settings.users(); i++) {
            out.add(Map.of("jwt", studentToken(user(i)), "course", courseOf(i)));
        }
        return out;
    }

    /** Feeder records {@code jwt}, {@code course}: the hot course's students reading it. */
    List<Map<String, Object>> hotReaders() {
        List<Map<String, Object>> out = new ArrayList<>(settings.hotUsers());
        for (int i = 0; i < settings.hotUsers(); i++) {
            out.add(Map.of("jwt", studentToken(user(i)), "course", HOT_COURSE));
        }
        return out;
    }

    List<String> courses() {
        List<String> out = new ArrayList<>(settings.courses() + 1);
        for (int j = 0; j < settings.courses(); j++) {
            out.add(course(j));
        }
        out.add(HOT_COURSE);
        return out;
    }
}
