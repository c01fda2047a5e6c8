package com.peerloop.fakestream;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Thread-safe log of answered requests, kept in arrival order even when answers finish out of order. */
final class RequestLog {

    private final AtomicLong arrivals = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger inProgress =
            new java.util.concurrent.atomic.AtomicInteger();
    private final ConcurrentSkipListMap<Long, RecordedRequest> entries = new ConcurrentSkipListMap<>();
    private final RefusalWatch refusals = new RefusalWatch();

    /** Reserves the arrival position of a request that has just come in. */
    long arrived() {
        inProgress.incrementAndGet();
        return arrivals.incrementAndGet();
    }

    /** The request's exchange is over, answered or not. */
    void left() {
        inProgress.decrementAndGet();
    }

    int inProgress() {
        return inProgress.get();
    }

    void record(long arrival, RecordedRequest request) {
        entries.put(arrival, request);
        refusals.observe(request);
    }

    /** The gateway's refused requests; not emptied by {@link #clear()}. */
    RefusalWatch refusals() {
        return refusals;
    }

    List<RecordedRequest> all() {
        return List.copyOf(entries.values());
    }

    void clear() {
        entries.clear();
    }
}
