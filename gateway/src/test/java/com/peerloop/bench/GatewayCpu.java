package com.peerloop.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The gateway process's CPU time so far (user + system, all threads), from {@code /proc/<pid>/stat}: the
 * difference over a measured window divided by the requests answered in it is the gateway's own CPU cost per
 * request. Resolution is one clock tick (usually 10 ms), negligible over a window of thousands of requests.
 */
final class GatewayCpu {

    private final long pid;
    private final long ticksPerSecond;

    GatewayCpu(long pid, long ticksPerSecond) {
        this.pid = pid;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** Whether a process was named; without one every reading is zero and no CPU figure is reported. */
    boolean known() {
        return pid > 0;
    }

    /** CPU microseconds the process has used so far. */
    long micros() {
        if (!known()) {
            return 0;
        }
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gateway's CPU time (pid " + pid + ")", e);
        }
        // the command name, field 2, is in parentheses and may hold spaces; fields 14 and 15 follow it
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(after[11]) + Long.parseLong(after[12]);
        return ticks * 1_000_000L / ticksPerSecond;
    }
}
