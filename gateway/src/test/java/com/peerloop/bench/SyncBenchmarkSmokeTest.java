package com.peerloop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The benchmark at a tiny scale, so that it keeps working; its figures mean nothing here. */
@Tag("slow")
class SyncBenchmarkSmokeTest {

    @Test
    void drainsEveryIntentAndReportsTheFigures() throws Exception {
        SyncBenchmark.Options options = new SyncBenchmark.Options(100, List.of(1), 2, 20, 4);

        SyncBenchmark.Result result = SyncBenchmark.run(options, 1);

        assertThat(result.intents()).isEqualTo(100);
        assertThat(result.intentsPerSecond()).isPositive();
        assertThat(result.p99LagMillis()).isGreaterThanOrEqualTo(result.p50LagMillis());
        assertThat(SyncBenchmark.table(options, List.of(result))).contains("| 1 | 100 |");
    }
}
