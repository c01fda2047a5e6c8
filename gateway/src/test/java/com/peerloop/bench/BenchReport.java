package com.peerloop.bench;

import java.io.PrintStream;
import java.util.Locale;

/** The table of a run and its one summary line, from the figures the scenario steps saved. */
final class BenchReport {

    private final BenchSettings settings;
    private final Results results;

    BenchReport(BenchSettings settings, Results results) {
        this.settings = settings;
        this.results = results;
    }

    void print(long rssKib, PrintStream out) {
        out.println();
        out.println("PeerLoop Feeds Gateway benchmark — " + results.text("settings", settings.describe()));
        out.println("Fake Stream answer delay: " + results.text("stream.delayMs", "?") + " ms; times measured by "
                + "the load generator, in ms");
        out.println();
        String row = "%-38s %8s %9s %8s %8s %8s %10s %9s %6s%n";
        out.printf(row, "scenario", "answered", "load", "p50", "p99", "max", "per second", "upstream", "failed");
        line(out, row, "token: GET /api/me (baseline)", "me", settings.concurrency() + " VUs", null);
        line(out, row, "token: POST /api/stream/token", "token", settings.concurrency() + " VUs", null);
        line(out, row, "gated read: straight to Stream", "read.direct", settings.readRate() + "/s", null);
        line(
                out,
                row,
                "gated read: through the gateway",
                "read.gateway",
                settings.readRate() + "/s",
                "read.upstream_per_1000");
        line(out, row, "cold access: straight to Stream", "cold.direct", settings.readRate() + "/s", null);
        line(
                out,
                row,
                "cold access: through the gateway",
                "cold.gateway",
                settings.readRate() + "/s",
                "cold.upstream_per_1000");
        line(out, row, "hot feed: through the gateway", "hot", settings.hotRate() + "/s", "hot.upstream_per_1000");
        line(out, row, "post: through the gateway", "post", Math.max(1, settings.readRate() / 5) + "/s", null);
        out.println("(load: closed virtual users for saturation, or open arrivals per second; upstream: Stream feed "
                + "reads per 1,000 answered reads)");
        out.println();
        out.printf(
                Locale.ROOT,
                "overload: gated reads at %.0f/s (3 x the %.0f/s saturation): %d served, %d refused with 503 and "
                        + "Retry-After (p99 %.2f ms), %d failed; after the load dropped: %d served, %d failed%n",
                results.number("overload.rate", 0),
                results.number("overload.saturation_per_second", 0),
                (long) results.number("overload.served", 0),
                (long) results.number("overload.refused", 0),
                results.number("overload.refused_p99", 0),
                (long) results.number("overload.failed", 0),
                (long) results.number("overload.after_served", 0),
                (long) results.number("overload.after_failed", 0));
        out.println("gateway CPU per answered request (process user+system time over the measured windows, µs): "
                + "me " + cpu("me") + ", token " + cpu("token") + ", gated read " + cpu("read") + ", post "
                + cpu("post") + ", cold read " + cpu("cold"));
        out.println("of which the JIT compiler threads (share of that CPU): me " + jit("me") + ", token " + jit("token")
                + ", gated read " + jit("read") + ", post " + jit("post") + ", cold read " + jit("cold"));
        out.println();

        double tokenRatio = results.number("token.throughput") / results.number("me.throughput");
        double p50Added = added("read", "p50");
        double p99Added = added("read", "p99");
        double coldAdded = added("cold", "p99");
        double hot = results.number("hot.upstream_per_1000");
        long errors = Math.round(results.number("errors", 0));
        long rssMib = Math.round(rssKib / 1024.0);
        String figure = "%-36s %10s   %-8s %s%n";
        out.printf(figure, "figure", "value", "target", "");
        check(out, figure, "token_ratio", fmt(tokenRatio, 2), "≥ 0.8", tokenRatio >= 0.8);
        check(out, figure, "read_p50_added_ms", fmt(p50Added, 2), "≤ 1", p50Added <= 1);
        check(out, figure, "read_p99_added_ms", fmt(p99Added, 2), "≤ 5", p99Added <= 5);
        check(out, figure, "cold_p99_added_ms", fmt(coldAdded, 2), "≤ 8", coldAdded <= 8);
        check(out, figure, "upstream_calls_per_1000_hot_reads", fmt(hot, 1), "≤ 50", hot <= 50);
        check(out, figure, "errors", Long.toString(errors), "= 0", errors == 0);
        check(out, figure, "rss_mib (gateway peak VmHWM)", Long.toString(rssMib), "≤ 400", rssMib <= 400);
        cpuCheck(out, figure, "me_cpu_us", "me", 120);
        cpuCheck(out, figure, "token_cpu_us", "token", 160);
        cpuCheck(out, figure, "read_cpu_us", "read", 350);
        cpuCheck(out, figure, "post_cpu_us", "post", 600);
        cpuCheck(out, figure, "cold_read_cpu_us", "cold", 350);
        double refusalP99 = results.number("overload.refused_p99", 0);
        long overloadFailed =
                Math.round(results.number("overload.failed", 0) + results.number("overload.after_failed", 0));
        check(out, figure, "overload_refusal_p99_ms", fmt(refusalP99, 2), "≤ 50", refusalP99 <= 50);
        check(out, figure, "overload_failed", Long.toString(overloadFailed), "= 0", overloadFailed == 0);
        out.println();
        out.printf(
                Locale.ROOT,
                "summary token_ratio=%.2f read_p50_added_ms=%.2f read_p99_added_ms=%.2f "
                        + "cold_p99_added_ms=%.2f upstream_calls_per_1000_hot_reads=%.1f errors=%d rss_mib=%d "
                        + "me_cpu_us=%s token_cpu_us=%s read_cpu_us=%s post_cpu_us=%s cold_read_cpu_us=%s "
                        + "overload_refused=%d overload_refusal_p99_ms=%.2f overload_failed=%d%n",
                tokenRatio,
                p50Added,
                p99Added,
                coldAdded,
                hot,
                errors,
                rssMib,
                cpu("me"),
                cpu("token"),
                cpu("read"),
                cpu("post"),
                cpu("cold"),
                Math.round(results.number("overload.refused", 0)),
                refusalP99,
                overloadFailed);
    }

    /** The gateway's CPU µs per request of a scenario, whole; {@code NaN} when no pid was given. */
    private String cpu(String scenario) {
        double value = results.number(scenario + ".cpu_us", Double.NaN);
        return Double.isNaN(value) ? "NaN" : Long.toString(Math.round(value));
    }

    /** The compiler threads' share of the gateway's CPU in a scenario's measured windows, in per cent. */
    private String jit(String scenario) {
        double value = results.number(scenario + ".jit_share", Double.NaN);
        return Double.isNaN(value) ? "NaN" : Math.round(value * 100) + " %";
    }

    private void cpuCheck(PrintStream out, String figure, String name, String scenario, long target) {
        double value = results.number(scenario + ".cpu_us", Double.NaN);
        check(out, figure, name, cpu(scenario), "≤ " + target, value <= target);
    }

    /** Gateway minus direct; NaN (a miss) when either side answered nothing, as after a gateway failure. */
    private double added(String scenario, String statistic) {
        String gateway = scenario + ".gateway";
        String direct = scenario + ".direct";
        if (results.number(gateway + ".ok", 0) == 0 || results.number(direct + ".ok", 0) == 0) {
            return Double.NaN;
        }
        return results.number(gateway + "." + statistic) - results.number(direct + "." + statistic);
    }

    private void line(PrintStream out, String row, String label, String key, String load, String upstreamKey) {
        out.printf(
                Locale.ROOT,
                row,
                label,
                (long) results.number(key + ".ok"),
                load,
                fmt(results.number(key + ".p50"), 2),
                fmt(results.number(key + ".p99"), 2),
                fmt(results.number(key + ".max"), 1),
                key.startsWith("me") || key.startsWith("token") ? fmt(results.number(key + ".throughput"), 0) : "",
                upstreamKey == null ? "" : fmt(results.number(upstreamKey), 1),
                (long) results.number(key + ".failed"));
    }

    private static void check(PrintStream out, String format, String name, String value, String target, boolean met) {
        out.printf(format, name, value, target, met ? "met" : "MISSED");
    }

    private static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
