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
        out.println("(load: closed virtual users for saturation, or open arrivals per second; upstream: Stream feed "
                + "reads per 1,000 answered reads)");
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
        check(out, figure, "rss_mib (gateway peak VmHWM)", Long.toString(rssMib), "≤ 512", rssMib <= 512);
        out.println();
        out.printf(
                Locale.ROOT,
                "summary token_ratio=%.2f read_p50_added_ms=%.2f read_p99_added_ms=%.2f "
                        + "cold_p99_added_ms=%.2f upstream_calls_per_1000_hot_reads=%.1f errors=%d rss_mib=%d%n",
                tokenRatio,
                p50Added,
                p99Added,
                coldAdded,
                hot,
                errors,
                rssMib);
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
