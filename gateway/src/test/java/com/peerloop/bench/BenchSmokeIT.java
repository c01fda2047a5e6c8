package com.peerloop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code ./bench/run} itself at the tiny scale against the jar this build just packaged, so that the
 * benchmark command, its processes and its summary line cannot rot. It checks the shape of the output and
 * that no request failed, not the figures: those belong to a full run on a quiet machine.
 */
class BenchSmokeIT {

    private static final Pattern SUMMARY = Pattern.compile("summary token_ratio=(\\d+\\.\\d+) "
            + "read_p50_added_ms=(-?\\d+\\.\\d+) read_p99_added_ms=(-?\\d+\\.\\d+) cold_p99_added_ms=(-?\\d+\\.\\d+) "
            + "upstream_calls_per_1000_hot_reads=(\\d+\\.\\d+) errors=(\\d+) rss_mib=(\\d+) "
            + "me_cpu_us=(\\S+) token_cpu_us=(\\S+) read_cpu_us=(\\S+) post_cpu_us=(\\S+) cold_read_cpu_us=(\\S+) "
            + "overload_refused=(\\d+) overload_refusal_p99_ms=(\\S+) overload_failed=(\\d+)");

    @Test
    void tinyRunEndsWithTheSummaryLine() throws IOException, InterruptedException {
        Path out = Path.of("target/bench-smoke");
        Files.createDirectories(out);
        Path output = out.resolve("run-output.txt");
        ProcessBuilder run = new ProcessBuilder("bash", "bench/run", "--scale=tiny", "--skip-build", "--out=" + out)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        run.environment()
                .put(
                        "BENCH_CLASSPATH",
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        // start-up speed over peak speed: the smoke run starts the gateway three times and measures nothing
        run.environment().put("BENCH_GATEWAY_JAVA_OPTS", "-XX:TieredStopAtLevel=1");
        run.environment().put("BENCH_DRIVER_JAVA_OPTS", "-XX:TieredStopAtLevel=1");
        // a build machine's load makes the tiny run's latency jump, and the adaptive limit would shed some of
        // the ordinary steps' requests; a floor of 100 keeps shedding to the overload step, which goes past it
        run.environment().put("PEERLOOP_LOAD_SHEDDING_MIN_LIMIT", "100");
        Process process = run.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.toHandle().descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
        }
        List<String> lines = Files.readAllLines(output);
        String printed = String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        assertThat(finished)
                .as("bench/run finished within 5 minutes:\n%s", printed)
                .isTrue();
        assertThat(process.exitValue())
                .as("bench/run's exit status:\n%s", printed)
                .isZero();

        String last = lines.get(lines.size() - 1);
        Matcher summary = SUMMARY.matcher(last);
        assertThat(summary.matches()).as("last line is the summary: %s", last).isTrue();
        assertThat(summary.group(6)).as("errors").isEqualTo("0");
        assertThat(Long.parseLong(summary.group(7))).as("rss_mib").isPositive();
        assertThat(printed)
                .contains(
                        "gated read: through the gateway",
                        "hot feed: through the gateway",
                        "post: through the gateway");
        for (int cpuKey = 8; cpuKey <= 12; cpuKey++) {
            assertThat(summary.group(cpuKey))
                    .as("CPU figure %d is a number", cpuKey)
                    .matches("\\d+");
        }
    }
}
