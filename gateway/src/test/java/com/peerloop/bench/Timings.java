package com.peerloop.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Response times measured around each Gatling request with {@link System#nanoTime()}, at microsecond
 * resolution (Gatling's own statistics are in whole milliseconds, too coarse for a 1 ms budget), and the
 * count of failed requests (any non-2xx or transport error), per request name.
 */
final class Timings {

    /** What one request name saw. */
    record Stats(long ok, long failed, double p50Ms, double p99Ms, double maxMs) {}

    private static final Map<String, ConcurrentHistogram> LATENCIES = new ConcurrentHashMap<>();
    private static final Map<String, LongAdder> FAILURES = new ConcurrentHashMap<>();
    private static final Map<String, ConcurrentHistogram> REFUSALS = new ConcurrentHashMap<>();

    private Timings() {}

    static void record(String name, long nanos, boolean failed) {
        if (failed) {
            FAILURES.computeIfAbsent(name, n -> new LongAdder()).increment();
        } else {
            LATENCIES
                    .computeIfAbsent(name, n -> new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3))
                    .recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(nanos)));
        }
    }

    /**
     * A request the gateway refused as it should under overload: 503 with {@code Retry-After}. Kept apart from
     * both the served requests and the failures.
     */
    static void refused(String name, long nanos) {
        REFUSALS.computeIfAbsent(name, n -> new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3))
                .recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMicros(nanos)));
    }

    /** The refusals of a request name: their count and their 99th percentile in ms. */
    static Stats refusals(String name) {
        Histogram h = REFUSALS.getOrDefault(name, new ConcurrentHistogram(3));
        return new Stats(
                h.getTotalCount(),
                0,
                ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(99)),
                ms(h.getMaxValue()));
    }

    static Stats stats(String name) {
        Histogram h = LATENCIES.getOrDefault(name, new ConcurrentHistogram(3));
        LongAdder failed = FAILURES.get(name);
        return new Stats(
                h.getTotalCount(),
                failed == null ? 0 : failed.sum(),
                ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(99)),
                ms(h.getMaxValue()));
    }

    /** Failed requests of every name so far. */
    static long totalFailed() {
        return FAILURES.values().stream().mapToLong(LongAdder::sum).sum();
    }

    static void reset() {
        LATENCIES.clear();
        FAILURES.clear();
        REFUSALS.clear();
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
