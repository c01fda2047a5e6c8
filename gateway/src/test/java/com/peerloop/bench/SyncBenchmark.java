package com.peerloop.bench;

import com.peerloop.fakestream.FakeStream;
import com.peerloop.fakestream.StoredFollow;
import com.peerloop.fakestream.StoredMember;
import com.peerloop.gateway.GatewayApplication;
import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.TestDatabase;
import com.peerloop.testsupport.TestJwts;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drains N outbox intents against the fake Stream and prints intents per second and the lag from record
 * write to Stream change. The records are written through the internal API (each enrollment implies two
 * intents: a follow and a membership) while the workers of {@code instances} gateways apply them, so the
 * figures are those of a live gateway, not of a pre-filled table. Run it with {@code bench/sync}.
 *
 * <p>Arguments: {@code --intents=10000 --instances=1,2 --writers=8 --batch-size=100 --concurrency=8}.
 */
public final class SyncBenchmark {

    /** One run's figures. */
    public record Result(
            int instances,
            int intents,
            Duration elapsed,
            double intentsPerSecond,
            long p50LagMillis,
            long p99LagMillis,
            long maxLagMillis) {}

    /** What to run. */
    public record Options(int intents, List<Integer> instances, int writers, int batchSize, int concurrency) {

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (String arg : args) {
                String[] pair = arg.replaceFirst("^--", "").split("=", 2);
                values.put(pair[0], pair.length > 1 ? pair[1] : "true");
            }
            return new Options(
                    Integer.parseInt(values.getOrDefault("intents", "10000")),
                    Arrays.stream(values.getOrDefault("instances", "1,2").split(","))
                            .map(Integer::valueOf)
                            .toList(),
                    Integer.parseInt(values.getOrDefault("writers", "8")),
                    Integer.parseInt(values.getOrDefault("batch-size", "100")),
                    Integer.parseInt(values.getOrDefault("concurrency", "8")));
        }
    }

    private SyncBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<Result> results = new ArrayList<>();
        for (int instances : options.instances()) {
            results.add(run(options, instances));
        }
        System.out.println(table(options, results));
        System.exit(0);
    }

    public static Result run(Options options, int instances) throws Exception {
        String secret = TestJwts.randomSecret();
        TestJwts jwts = new TestJwts(TestJwts.KeyType.HMAC, secret);
        List<ConfigurableApplicationContext> gateways = new ArrayList<>();
        try (FakeStream stream = FakeStream.start("bench-key", TestJwts.randomSecret())) {
            TestDatabase.Settings db = TestDatabase.newDatabase();
            for (int i = 0; i < instances; i++) {
                gateways.add(start(db, stream, secret, options));
            }
            JdbcClient jdbc = gateways.get(0).getBean(JdbcClient.class);
            Api api = new Api(((WebServerApplicationContext) gateways.get(0))
                    .getWebServer()
                    .getPort());
            String service = jwts.token("peerloop-backend", "service");
            awaitProvisioned(api, service);
            expect(
                    api.put(
                            "/api/internal/courses/bench",
                            service,
                            "{\"creatorId\":\"bench_creator\",\"title\":\"B\"}"),
                    200);
            awaitDrained(jdbc, Duration.ofSeconds(30));

            int students = Math.max(1, options.intents() / 2);
            Instant started = Instant.now();
            write(api, service, students, options.writers());
            awaitDrained(jdbc, Duration.ofMinutes(30));
            Instant finished = latestChange(stream);

            List<Long> lags = lags(jdbc, stream);
            Collections.sort(lags);
            Duration elapsed = Duration.between(started, finished);
            return new Result(
                    instances,
                    lags.size(),
                    elapsed,
                    lags.size() / (elapsed.toMillis() / 1000.0),
                    percentile(lags, 0.50),
                    percentile(lags, 0.99),
                    lags.get(lags.size() - 1));
        } finally {
            gateways.forEach(ConfigurableApplicationContext::close);
        }
    }

    private static ConfigurableApplicationContext start(
            TestDatabase.Settings db, FakeStream stream, String jwtSecret, Options options) {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.username(),
                        "--spring.datasource.password=" + db.password(),
                        "--stream.api-key=" + stream.apiKey(),
                        "--stream.api-secret=" + stream.apiSecret(),
                        "--stream.base-url=" + stream.baseUrl(),
                        "--peerloop.jwt.issuer=" + TestJwts.ISSUER,
                        "--peerloop.jwt.secret=" + jwtSecret,
                        "--peerloop.sync.batch-size=" + options.batchSize(),
                        "--peerloop.sync.concurrency=" + options.concurrency(),
                        "--logging.level.root=WARN",
                        "--logging.level.com.peerloop=WARN",
                        "--spring.main.banner-mode=off");
    }

    private static void write(Api api, String service, int students, int writers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int first = w;
                futures.add(pool.submit(() -> {
                    for (int s = first; s < students; s += writers) {
                        expect(api.put("/api/internal/courses/bench/enrollments/bench_s" + s, service, null), 204);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Lag of every Stream change of a student: its follow's and its membership's creation after enrolment. */
    private static List<Long> lags(JdbcClient jdbc, FakeStream stream) {
        Map<String, Instant> enrolledAt = new HashMap<>();
        jdbc.sql("select user_id, enrolled_at from enrollments where course_id = 'bench'")
                .query(rs -> {
                    enrolledAt.put(
                            rs.getString(1),
                            rs.getObject(2, OffsetDateTime.class).toInstant());
                });
        List<Long> lags = new ArrayList<>();
        for (StoredFollow follow : stream.state().follows().followers("course:bench")) {
            Instant at = enrolledAt.get(follow.source().substring("timeline:".length()));
            if (at != null) {
                lags.add(Math.max(0, Duration.between(at, follow.createdAt()).toMillis()));
            }
        }
        for (StoredMember member : stream.state().feeds().members("course:bench")) {
            Instant at = enrolledAt.get(member.userId());
            if (at != null) {
                lags.add(Math.max(0, Duration.between(at, member.createdAt()).toMillis()));
            }
        }
        return lags;
    }

    private static Instant latestChange(FakeStream stream) {
        Instant latest = Instant.MIN;
        for (StoredFollow follow : stream.state().follows().followers("course:bench")) {
            latest = follow.createdAt().isAfter(latest) ? follow.createdAt() : latest;
        }
        for (StoredMember member : stream.state().feeds().members("course:bench")) {
            latest = member.createdAt().isAfter(latest) ? member.createdAt() : latest;
        }
        return latest;
    }

    private static void awaitProvisioned(Api api, String service) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!api.get("/api/internal/sync/status", service)
                .json()
                .path("feedGroupsProvisioned")
                .asBoolean(false)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("feed groups were not provisioned within 30 s");
            }
            Thread.sleep(20);
        }
    }

    private static void awaitDrained(JdbcClient jdbc, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (jdbc.sql("select count(*) from sync_intents").query(Long.class).single() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the outbox was not drained within " + within);
            }
            Thread.sleep(10);
        }
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    private static void expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("gateway answered " + response.status() + ": " + response.body());
        }
    }

    static String table(Options options, List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "Sync benchmark: %d intents (%d enrollments), %d writers, batch %d, concurrency %d, "
                        + "%d cores, JDK %s%n",
                options.intents(),
                options.intents() / 2,
                options.writers(),
                options.batchSize(),
                options.concurrency(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.version()));
        out.append("| instances | intents | elapsed (s) | intents/s | p50 lag (ms) | p99 lag (ms) | max lag (ms) |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            out.append(String.format(
                    "| %d | %d | %.1f | %.0f | %d | %d | %d |%n",
                    r.instances(),
                    r.intents(),
                    r.elapsed().toMillis() / 1000.0,
                    r.intentsPerSecond(),
                    r.p50LagMillis(),
                    r.p99LagMillis(),
                    r.maxLagMillis()));
        }
        return out.toString();
    }
}
