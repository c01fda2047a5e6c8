package com.peerloop.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
        return ticks(Path.of("/proc", Long.toString(pid), "stat")) * 1_000_000L / ticksPerSecond;
    }

    /**
     * CPU microseconds the JIT compiler threads ({@code C1 CompilerThre…}, {@code C2 CompilerThre…}) have used
     * so far, from {@code /proc/<pid>/task/<tid>/stat}. A compiler thread that ended is no longer counted, so
     * this is for telling whether compilation is still going on, not for exact sums.
     */
    long compilerMicros() {
        if (!known()) {
            return 0;
        }
        long ticks = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.contains("CompilerThre")) {
                        ticks += ticks(stat);
                    }
                } catch (IOException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the gateway's threads (pid " + pid + ")", e);
        }
        return ticks * 1_000_000L / ticksPerSecond;
    }

    private static long ticks(Path statFile) {
        try {
            return ticks(Files.readString(statFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gateway's CPU time (" + statFile + ")", e);
        }
    }

    /** utime + stime of a {@code stat} line. */
    private static long ticks(String stat) {
        // the command name, field 2, is in parentheses and may hold spaces; fields 14 and 15 follow it
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(after[11]) + Long.parseLong(after[12]);
    }
}
