package com.peerloop.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One Gatling run: which request, driven how. Open plans inject {@code rate} new virtual users per second at
 * constant spacing (a constant arrival rate, as wrk2 does: arrivals do not wait for answers); closed plans
 * keep {@code concurrency} virtual users busy back to back, to find saturation throughput. Every virtual user
 * sends one request built from one random feeder record. A ramped open plan (a warm-up) rises from a tenth of
 * {@code rate} to {@code rate} over its first half, so a freshly started JVM is not met by its full load
 * before the JIT has compiled anything.
 */
record LoadPlan(
        String name,
        Target target,
        boolean open,
        boolean ramp,
        int rate,
        int concurrency,
        Duration duration,
        List<Map<String, Object>> feeder,
        boolean refusalsExpected) {

    /** The request a plan sends. */
    enum Target {
        GATEWAY_READ,
        DIRECT_READ,
        TOKEN,
        ME,
        POST
    }

    /** Where the requests go; the Stream credentials are for the direct read. */
    record Endpoints(String gateway, String stream, String streamApiKey, String streamServerToken) {}

    static LoadPlan open(String name, Target target, int rate, Duration duration, List<Map<String, Object>> feeder) {
        return new LoadPlan(name, target, true, false, rate, 0, duration, feeder, false);
    }

    static LoadPlan rampedOpen(
            String name, Target target, int rate, Duration duration, List<Map<String, Object>> feeder) {
        return new LoadPlan(name, target, true, true, rate, 0, duration, feeder, false);
    }

    static LoadPlan closed(
            String name, Target target, int concurrency, Duration duration, List<Map<String, Object>> feeder) {
        return new LoadPlan(name, target, false, false, 0, concurrency, duration, feeder, false);
    }

    /**
     * An open plan past the gateway's capacity: a 503 with {@code Retry-After} is then the answer the gateway
     * should give, and is counted as a refusal ({@link Timings#refused}), not as a failure.
     */
    static LoadPlan overload(
            String name, Target target, int rate, Duration duration, List<Map<String, Object>> feeder) {
        return new LoadPlan(name, target, true, false, rate, 0, duration, feeder, true);
    }

    private static volatile LoadPlan current;
    private static volatile Endpoints endpoints;

    /** Gatling instantiates the simulation by class name, so the plan reaches it through here. */
    static void set(LoadPlan plan, Endpoints where) {
        current = plan;
        endpoints = where;
    }

    static LoadPlan current() {
        return current;
    }

    static Endpoints endpoints() {
        return endpoints;
    }
}
