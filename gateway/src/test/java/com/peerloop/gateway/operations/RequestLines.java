package com.peerloop.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.boot.test.system.CapturedOutput;

/** Finds the request log line of one request in captured output. */
final class RequestLines {

    private RequestLines() {}

    /** The line is written once the request is done, which can be just after the client has the answer. */
    static String await(CapturedOutput output, String marker) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        List<String> lines;
        do {
            lines = output.getAll()
                    .lines()
                    .filter(l -> l.contains("request method=") && l.contains(marker))
                    .toList();
            if (lines.isEmpty()) {
                pause();
            }
        } while (lines.isEmpty() && System.nanoTime() < deadline);
        assertThat(lines).as("request lines for " + marker).hasSize(1);
        return lines.get(0);
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
