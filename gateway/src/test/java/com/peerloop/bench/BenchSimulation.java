package com.peerloop.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The one Gatling simulation of the benchmark; {@link LoadPlan#current()} says what it sends and how. Each
 * virtual user is timed with {@link System#nanoTime()} around its request (see {@link Timings}).
 */
public class BenchSimulation extends Simulation {

    public BenchSimulation() {
        LoadPlan plan = LoadPlan.current();
        LoadPlan.Endpoints at = LoadPlan.endpoints();
        HttpProtocolBuilder protocol =
                http.shareConnections().disableWarmUp().disableCaching().acceptHeader("application/json");
        ScenarioBuilder scenario = scenario(plan.name())
                .feed(listFeeder(plan.feeder()).random())
                .exec(session -> session.set("t0", System.nanoTime()))
                .exec(
                        plan.refusalsExpected()
                                ? request(plan, at)
                                        .check(
                                                status().saveAs("status"),
                                                header("Retry-After").optional().saveAs("retryAfter"))
                                : request(plan, at))
                .exec(session -> {
                    long nanos = System.nanoTime() - session.getLong("t0");
                    if (plan.refusalsExpected() && !session.isFailed()) {
                        int status = session.contains("status") ? session.getInt("status") : 0;
                        if (status == 503 && session.contains("retryAfter")) {
                            Timings.refused(plan.name(), nanos);
                        } else {
                            Timings.record(plan.name(), nanos, status < 200 || status > 299);
                        }
                    } else {
                        Timings.record(plan.name(), nanos, session.isFailed());
                    }
                    return session;
                });
        long seconds = plan.duration().toSeconds();
        long rampSeconds = plan.ramp() ? seconds / 2 : 0;
        setUp(
                        !plan.open()
                                ? scenario.injectClosed(constantConcurrentUsers(plan.concurrency())
                                        .during(seconds))
                                : rampSeconds > 0
                                        ? scenario.injectOpen(
                                                rampUsersPerSec(Math.max(1, plan.rate() / 10))
                                                        .to(plan.rate())
                                                        .during(rampSeconds),
                                                constantUsersPerSec(plan.rate()).during(seconds - rampSeconds))
                                        : scenario.injectOpen(
                                                constantUsersPerSec(plan.rate()).during(seconds)))
                .protocols(protocol);
    }

    /** What the gateway asks Stream for on a course page read: 20 activities, the fewest related lists. */
    private static final String DIRECT_READ_BODY = "{\"limit\":20,\"user_id\":\"peerloop-gateway\","
            + "\"followers_pagination\":{\"limit\":1},\"following_pagination\":{\"limit\":1},"
            + "\"member_pagination\":{\"limit\":1}}";

    /** A plain course post, as a student writes one. */
    private static final String POST_BODY = "{\"type\":\"post\",\"text\":\"Notes from today's session\"}";

    private static HttpRequestActionBuilder request(LoadPlan plan, LoadPlan.Endpoints at) {
        String name = plan.name();
        return switch (plan.target()) {
            case GATEWAY_READ ->
                http(name)
                        .get(at.gateway() + "/api/feeds/course/#{course}/activities")
                        .header("Authorization", "Bearer #{jwt}");
            case DIRECT_READ ->
                http(name)
                        .post(at.stream() + "api/v2/feeds/feed_groups/course/feeds/#{course}?api_key="
                                + at.streamApiKey())
                        .header("Authorization", at.streamServerToken())
                        .header("Stream-Auth-Type", "jwt")
                        .header("Content-Type", "application/json")
                        .body(StringBody(DIRECT_READ_BODY));
            case TOKEN -> http(name).post(at.gateway() + "/api/stream/token").header("Authorization", "Bearer #{jwt}");
            case ME -> http(name).get(at.gateway() + "/api/me").header("Authorization", "Bearer #{jwt}");
            case POST ->
                http(name)
                        .post(at.gateway() + "/api/feeds/course/#{course}/activities")
                        .header("Authorization", "Bearer #{jwt}")
                        .header("Content-Type", "application/json")
                        .body(StringBody(POST_BODY));
        };
    }
}
