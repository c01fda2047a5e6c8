package com.peerloop.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * How big and how long a benchmark run is. {@code BENCH_SCALE} picks a preset ({@code full}, the default, or
 * {@code tiny}, seconds, for the smoke test); {@code BENCH_DURATION}, {@code BENCH_WARMUP} (seconds),
 * {@code BENCH_USERS}, {@code BENCH_COURSES}, {@code BENCH_READ_RATE}, {@code BENCH_HOT_RATE} and
 * {@code BENCH_CONCURRENCY}, {@code BENCH_ROUNDS}, {@code BENCH_JIT_WARMUP} override single values.
 *
 * @param users        users enrolled in one course each (user {@code i} in course {@code i % courses})
 * @param courses      course feeds read in the gated-read and cold scenarios
 * @param hotUsers     of those users, how many are also enrolled in the one hot course
 * @param warmup       open-model load before every measured window, not measured
 * @param duration     measured time of each side of a comparison (and of the hot-feed scenario)
 * @param readRate     arrivals per second of the gated-read and cold scenarios
 * @param hotRate      arrivals per second of the hot-feed scenario
 * @param concurrency  virtual users of the closed saturation workload of the token scenario
 * @param rounds       how many alternating windows a comparison's measured time is split into
 * @param jitWarmupRequests requests sent to a path from keep-alive clients before its CPU cost is measured (the
 *                     read, cold and post scenarios; the token scenario's saturation warm-up sends many more)
 */
record BenchSettings(
        String scale,
        int users,
        int courses,
        int hotUsers,
        Duration warmup,
        Duration duration,
        int readRate,
        int hotRate,
        int concurrency,
        int rounds,
        int jitWarmupRequests) {

    BenchSettings {
        if (users < courses) {
            throw new IllegalArgumentException(
                    "BENCH_USERS must be at least BENCH_COURSES: every course needs a student");
        }
    }

    static BenchSettings from(Map<String, String> env) {
        String scale = env.getOrDefault("BENCH_SCALE", "full").toLowerCase(Locale.ROOT);
        BenchSettings preset = switch (scale) {
            case "tiny" -> new BenchSettings(scale, 40, 8, 20, seconds(1), seconds(2), 100, 50, 4, 1, 0);
            case "full" -> new BenchSettings(scale, 5000, 500, 1000, seconds(10), seconds(60), 500, 200, 32, 3, 10_000);
            default -> throw new IllegalArgumentException("BENCH_SCALE must be tiny or full, not " + scale);
        };
        return new BenchSettings(
                scale,
                number(env, "BENCH_USERS", preset.users()),
                number(env, "BENCH_COURSES", preset.courses()),
                Math.min(number(env, "BENCH_USERS", preset.users()), preset.hotUsers()),
                seconds(number(env, "BENCH_WARMUP", (int) preset.warmup().toSeconds())),
                seconds(number(env, "BENCH_DURATION", (int) preset.duration().toSeconds())),
                number(env, "BENCH_READ_RATE", preset.readRate()),
                number(env, "BENCH_HOT_RATE", preset.hotRate()),
                number(env, "BENCH_CONCURRENCY", preset.concurrency()),
                number(env, "BENCH_ROUNDS", preset.rounds()),
                number(env, "BENCH_JIT_WARMUP", preset.jitWarmupRequests()));
    }

    /** One alternating window of a comparison. */
    Duration window() {
        return Duration.ofSeconds(Math.max(1, duration.toSeconds() / rounds));
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int parsed = Integer.parseInt(value.trim());
        if (parsed <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
        return parsed;
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    /** A one-line description for the report. */
    String describe() {
        return String.format(
                "scale %s: %d users, %d courses (%d users also in the hot course), warm-up %d requests per path "
                        + "and %d s, "
                        + "measured %d s per side in %d alternating windows, read %d/s, hot %d/s, saturation %d virtual "
                        + "users",
                scale,
                users,
                courses,
                hotUsers,
                jitWarmupRequests,
                warmup.toSeconds(),
                duration.toSeconds(),
                rounds,
                readRate,
                hotRate,
                concurrency);
    }
}
