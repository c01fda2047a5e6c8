package com.peerloop.bench;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.Records;
import com.peerloop.testsupport.TestJwts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the population through the gateway as the PeerLoop backend would (internal API), creates every
 * course feed by reading it once as a student, and posts two activities per course as its creator, so that
 * reads answer real pages. Waits for the gateway's Stream sync, where it has one, to drain.
 */
final class Seeder {

    private static final int THREADS = 8;

    private final Api api;
    private final Population population;
    private final BenchSettings settings;
    private final Records records;
    private final String serviceToken;

    Seeder(Api api, Population population, BenchSettings settings, String jwtSecret) {
        this.api = api;
        this.population = population;
        this.settings = settings;
        this.records = new Records(api, new TestJwts(TestJwts.KeyType.HMAC, jwtSecret));
        this.serviceToken = population.serviceToken();
    }

    void seed() {
        List<Callable<Object>> courses = new ArrayList<>();
        population.courses().forEach(c -> courses.add(() -> records.course(c, Population.creatorOf(c))));
        parallel(courses);
        List<Callable<Object>> enrollments = new ArrayList<>();
        for (int i = 0; i < settings.users(); i++) {
            String user = Population.user(i);
            String course = population.courseOf(i);
            enrollments.add(() -> records.enroll(course, user));
            if (i < settings.hotUsers()) {
                enrollments.add(() -> records.enroll(Population.HOT_COURSE, user));
            }
        }
        parallel(enrollments);
        List<Callable<Object>> feeds = new ArrayList<>();
        for (String course : population.courses()) {
            String reader = Population.HOT_COURSE.equals(course)
                    ? Population.user(0)
                    : Population.user(Integer.parseInt(course.substring("bench-c".length())));
            feeds.add(() -> expect(
                    api.get("/api/feeds/course/" + course + "/activities", population.studentToken(reader)),
                    200,
                    "first read of " + course));
        }
        parallel(feeds);
        List<Callable<Object>> posts = new ArrayList<>();
        for (String course : population.courses()) {
            for (int n = 1; n <= 2; n++) {
                String body = "{\"type\":\"post\",\"text\":\"Benchmark post " + n + " in " + course + "\"}";
                posts.add(() -> expect(
                        api.post(
                                "/api/feeds/course/" + course + "/activities",
                                population.creatorToken(Population.creatorOf(course)),
                                body),
                        201,
                        "post in " + course));
            }
        }
        parallel(posts);
        awaitSync();
    }

    /** Background Stream work of the seeding (follows, memberships) must not overlap the measurements. */
    private void awaitSync() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            Api.Response status = api.get("/api/internal/sync/status", serviceToken);
            if (status.status() == 404 || status.status() == 403) {
                return; // this gateway has no sync status to wait for
            }
            expect(status, 200, "sync status");
            if (status.json().path("pending").asLong() == 0) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("the gateway's Stream sync did not drain within 5 minutes");
    }

    static Object expect(Api.Response response, int status, String what) {
        if (response.status() != status) {
            throw new IllegalStateException(what + " answered " + response.status() + ": " + response.body());
        }
        return response;
    }

    static void parallel(List<Callable<Object>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (Future<Object> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("seeding interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("seeding failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
