package com.peerloop.bench;

import com.peerloop.bench.LoadPlan.Target;
import com.peerloop.testsupport.Api;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * One step of {@code ./bench/run}, in its own process so that the script can restart the gateway between
 * steps: {@code seed}, {@code token}, {@code read}, {@code cold}, {@code hot}, {@code post}, {@code overload},
 * then {@code report}. Each scenario step warms up, then measures, and adds its figures to the results file,
 * including the gateway's CPU time per answered request over the measured windows when its pid is given.
 *
 * <p>Arguments: {@code <step> --env=<environment.properties> --results=<file> --gateway=<base URL>
 * [--gateway-pid=<pid>] [--clk-tck=<ticks per second>] [--rss-kib=<peak>] [--reports=true]}; sizes and
 * durations come from {@link BenchSettings}.
 */
public final class BenchDriver {

    /** Keep-alive clients of the JIT warm-up. */
    private static final int JIT_WARMUP_CLIENTS = 8;

    /** The compiler's share of the gateway's CPU under which the JIT warm-up may end. */
    private static final double JIT_QUIET_SHARE = 0.05;

    private static final int JIT_WARMUP_MAX_ROUNDS = 36;

    private static final int TOKEN_POOL = 1000;

    private final BenchSettings settings;
    private final Properties environment;
    private final Population population;
    private final Results results;
    private final LoadRun load;
    private final String gateway;
    private final GatewayCpu cpu;
    /** CPU microseconds the gateway used during the measured windows, by request name. */
    private final Map<String, Long> cpuByName = new java.util.HashMap<>();

    private final Map<String, Long> jitByName = new java.util.HashMap<>();

    private BenchDriver(String[] args) throws IOException {
        settings = BenchSettings.from(System.getenv());
        environment = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(BenchEnvironment.option(args, "env", "")))) {
            environment.load(in);
        }
        population = new Population(settings, environment.getProperty("jwt.secret"));
        Path resultsFile = Path.of(BenchEnvironment.option(args, "results", "target/bench/results.properties"));
        results = new Results(resultsFile);
        gateway = BenchEnvironment.option(args, "gateway", "http://127.0.0.1:8080");
        cpu = new GatewayCpu(
                Long.parseLong(BenchEnvironment.option(args, "gateway-pid", "0")),
                Long.parseLong(BenchEnvironment.option(args, "clk-tck", "100")));
        String secret = environment.getProperty("stream.apiSecret");
        String serverToken = Jwts.builder()
                .claim("server", true)
                .signWith(Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256)
                .compact();
        load = new LoadRun(
                new LoadPlan.Endpoints(
                        gateway,
                        environment.getProperty("stream.baseUrl"),
                        environment.getProperty("stream.apiKey"),
                        serverToken),
                resultsFile.resolveSibling("gatling"),
                Boolean.parseBoolean(BenchEnvironment.option(args, "reports", "false")));
    }

    public static void main(String[] args) throws IOException {
        String step = args.length == 0 ? "" : args[0];
        BenchDriver driver = new BenchDriver(args);
        switch (step) {
            case "seed" -> driver.seed();
            case "token" -> driver.token();
            case "read" -> driver.read("read");
            case "cold" -> driver.read("cold");
            case "hot" -> driver.hot();
            case "post" -> driver.post();
            case "overload" -> driver.overload();
            case "report" ->
                new BenchReport(driver.settings, driver.results)
                        .print(Long.parseLong(BenchEnvironment.option(args, "rss-kib", "0")), System.out);
            default ->
                throw new IllegalArgumentException(
                        "step must be seed|token|read|cold|hot|post|overload|report: " + step);
        }
        if (!"report".equals(step)) {
            driver.results.save();
        }
        // Gatling leaves non-daemon threads behind.
        System.exit(0);
    }

    private void seed() {
        new Seeder(new Api(URI.create(gateway).getPort()), population, settings, environment.getProperty("jwt.secret"))
                .seed();
        results.putText("settings", settings.describe());
        results.putText("stream.delayMs", environment.getProperty("stream.delayMs"));
        clearUpstreamLog();
    }

    /**
     * Saturation throughput of the token endpoint and of {@code GET /api/me} under the same closed workload,
     * in alternating windows; every pool user got a token once before, so no upsert is due.
     */
    private void token() {
        List<Map<String, Object>> pool = population.readers().subList(0, Math.min(TOKEN_POOL, settings.users()));
        Api api = new Api(URI.create(gateway).getPort());
        Seeder.parallel(pool.stream()
                .<Callable<Object>>map(user -> () -> Seeder.expect(
                        api.post("/api/stream/token", (String) user.get("jwt"), null), 200, "first token"))
                .toList());
        load.run(LoadPlan.closed("warmup me", Target.ME, settings.concurrency(), settings.warmup(), pool));
        load.run(LoadPlan.closed("warmup token", Target.TOKEN, settings.concurrency(), settings.warmup(), pool));
        for (int round = 0; round < settings.rounds(); round++) {
            measured(LoadPlan.closed("me", Target.ME, settings.concurrency(), settings.window(), pool));
            measured(LoadPlan.closed("token", Target.TOKEN, settings.concurrency(), settings.window(), pool));
        }
        for (String name : List.of("me", "token")) {
            Timings.Stats stats = Timings.stats(name);
            results.put(name, stats);
            double seconds = settings.window().toSeconds() * settings.rounds();
            results.put(name + ".throughput", stats.ok() / seconds);
            putCpu(name, name, stats);
        }
        finish();
    }

    /**
     * The same reads at the same arrival rate, straight to the fake Stream and through the gateway, in
     * alternating windows so that whatever else the machine does weighs on both alike.
     */
    private void read(String scenario) {
        List<Map<String, Object>> readers = population.readers();
        int rate = settings.readRate();
        jitWarmup(scenario, Target.GATEWAY_READ, readers);
        load.run(
                LoadPlan.rampedOpen(scenario + " warmup direct", Target.DIRECT_READ, rate, settings.warmup(), readers));
        load.run(LoadPlan.rampedOpen(
                scenario + " warmup gateway", Target.GATEWAY_READ, rate, settings.warmup(), readers));
        long upstream = 0;
        for (int round = 0; round < settings.rounds(); round++) {
            load.run(LoadPlan.open(scenario + " direct", Target.DIRECT_READ, rate, settings.window(), readers));
            long before = upstreamReads();
            measured(LoadPlan.open(scenario + " gateway", Target.GATEWAY_READ, rate, settings.window(), readers));
            upstream += upstreamReads() - before;
        }
        Timings.Stats gatewayStats = Timings.stats(scenario + " gateway");
        results.put(scenario + ".direct", Timings.stats(scenario + " direct"));
        results.put(scenario + ".gateway", gatewayStats);
        putCpu(scenario, scenario + " gateway", gatewayStats);
        results.put(scenario + ".upstream_per_1000", perThousand(upstream, gatewayStats.ok()));
        finish();
    }

    /** Many enrolled users reading one course feed: how many reads reach Stream. */
    private void hot() {
        List<Map<String, Object>> readers = population.hotReaders();
        load.run(
                LoadPlan.rampedOpen("hot warmup", Target.GATEWAY_READ, settings.hotRate(), settings.warmup(), readers));
        long before = upstreamReads();
        Timings.Stats stats =
                load.run(LoadPlan.open("hot", Target.GATEWAY_READ, settings.hotRate(), settings.duration(), readers));
        long upstream = upstreamReads() - before;
        results.put("hot", stats);
        results.put("hot.upstream", upstream);
        results.put("hot.upstream_per_1000", perThousand(upstream, stats.ok()));
        finish();
    }

    /**
     * Students posting in their own course feeds at a fixed arrival rate (a fifth of the read rate): the cost
     * of a gated write, which also makes sure the author exists at Stream and runs the moderation rules.
     */
    private void post() {
        List<Map<String, Object>> writers = population.readers();
        int rate = Math.max(1, settings.readRate() / 5);
        jitWarmup("post", Target.POST, writers);
        load.run(LoadPlan.rampedOpen("post warmup", Target.POST, rate, settings.warmup(), writers));
        Timings.Stats stats = measured(LoadPlan.open("post", Target.POST, rate, settings.duration(), writers));
        results.put("post", stats);
        putCpu("post", "post", stats);
        finish();
    }

    /**
     * Past saturation: the gated read's saturation throughput is measured with the closed workload, then
     * three times that rate arrives for the overload window. Every request must be answered, served or
     * refused with 503 and {@code Retry-After}; then, after the load drops, a light read load checks that
     * normal service is back within five seconds.
     */
    private void overload() {
        List<Map<String, Object>> readers = population.readers();
        Duration window = settings.scale().equals("tiny") ? Duration.ofSeconds(3) : Duration.ofSeconds(20);
        Timings.Stats saturation = load.run(LoadPlan.closed(
                "overload saturation", Target.GATEWAY_READ, settings.concurrency(), settings.window(), readers));
        double saturated =
                saturation.ok() / (double) Math.max(1, settings.window().toSeconds());
        int rate = (int) Math.max(3, Math.round(3 * saturated));
        Timings.Stats overloaded = load.run(LoadPlan.overload("overload", Target.GATEWAY_READ, rate, window, readers));
        Timings.Stats refused = Timings.refusals("overload");
        // the load has dropped: five seconds of light reads in which service may come back, then two that must
        // be served
        int light = Math.max(1, settings.readRate() / 10);
        load.run(LoadPlan.overload("overload settling", Target.GATEWAY_READ, light, Duration.ofSeconds(5), readers));
        Timings.Stats after =
                load.run(LoadPlan.open("overload after", Target.GATEWAY_READ, light, Duration.ofSeconds(2), readers));
        results.put("overload.saturation_per_second", saturated);
        results.put("overload.rate", rate);
        results.put("overload.served", overloaded.ok());
        results.put("overload.failed", overloaded.failed());
        results.put("overload.refused", refused.ok());
        results.put("overload.refused_p99", refused.p99Ms());
        results.put(
                "overload.after_failed",
                after.failed() + Timings.stats("overload settling").failed());
        results.put("overload.after_served", after.ok());
        // the overload's own refusals are expected; its other failures, and any afterwards, are errors
        finish();
    }

    /**
     * Load until the JIT has compiled the path, before anything is measured: at least
     * {@link BenchSettings#jitWarmupRequests()} requests from {@value #JIT_WARMUP_CLIENTS} keep-alive clients
     * back to back (a closed workload, so it never overloads the gateway), in rounds of five seconds, and then
     * more rounds until the compiler threads used less than {@value #JIT_QUIET_SHARE} of the gateway's CPU in
     * the last one, or {@value #JIT_WARMUP_MAX_ROUNDS} rounds have passed. On two cores C2 goes on compiling the
     * request path for two to three minutes under load; what it burns in a measured window is start-up cost,
     * not the price of a request. Whatever share is left is reported with the figure ({@code *.jit_share}).
     */
    private void jitWarmup(String scenario, Target target, List<Map<String, Object>> feeder) {
        if (settings.jitWarmupRequests() <= 0) {
            return;
        }
        String name = scenario + " jit warmup";
        for (int round = 0; round < JIT_WARMUP_MAX_ROUNDS; round++) {
            long cpuBefore = cpu.micros();
            long jitBefore = cpu.compilerMicros();
            long answeredBefore = answered(Timings.stats(name));
            load.run(LoadPlan.closed(name, target, JIT_WARMUP_CLIENTS, Duration.ofSeconds(5), feeder));
            long spent = cpu.micros() - cpuBefore;
            long requests = answered(Timings.stats(name)) - answeredBefore;
            double jitShare = spent <= 0 ? 0 : (cpu.compilerMicros() - jitBefore) / (double) spent;
            System.out.printf(
                    "%s: round %d, %d requests so far, %.0f CPU µs per request, compiler share %.2f%n",
                    name,
                    round + 1,
                    answered(Timings.stats(name)),
                    requests <= 0 ? Double.NaN : spent / (double) requests,
                    jitShare);
            if (answered(Timings.stats(name)) >= settings.jitWarmupRequests() && jitShare < JIT_QUIET_SHARE) {
                return;
            }
        }
    }

    private static long answered(Timings.Stats stats) {
        return stats.ok() + stats.failed();
    }

    private Timings.Stats measured(LoadPlan plan) {
        long before = cpu.micros();
        long jitBefore = cpu.compilerMicros();
        Timings.Stats stats = load.run(plan);
        cpuByName.merge(plan.name(), cpu.micros() - before, Long::sum);
        jitByName.merge(plan.name(), cpu.compilerMicros() - jitBefore, Long::sum);
        return stats;
    }

    /** The gateway's CPU µs per answered request of the measured windows named {@code name}. */
    private void putCpu(String key, String name, Timings.Stats stats) {
        long answered = stats.ok() + stats.failed();
        if (cpu.known() && answered > 0) {
            long spent = cpuByName.getOrDefault(name, 0L);
            results.put(key + ".cpu_us", spent / (double) answered);
            results.put(key + ".jit_share", spent <= 0 ? 0 : jitByName.getOrDefault(name, 0L) / (double) spent);
        }
    }

    /** Failed requests of the step, warm-ups included, count as errors; the fake's log is emptied. */
    private void finish() {
        results.addErrors(Timings.totalFailed());
        clearUpstreamLog();
    }

    private static double perThousand(long upstream, long reads) {
        return reads == 0 ? 0 : upstream * 1000.0 / reads;
    }

    private long upstreamReads() {
        return Long.parseLong(control("GET", "/requests/getOrCreateFeed").trim());
    }

    private void clearUpstreamLog() {
        control("POST", "/requests/clear");
    }

    private String control(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(environment.getProperty("control.url") + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
