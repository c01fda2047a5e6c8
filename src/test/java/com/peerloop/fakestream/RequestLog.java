package com.peerloop.fakestream;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Thread-safe log of answered requests, kept in arrival order even when answers finish out of order. */
final class RequestLog {

  private final AtomicLong arrivals = new AtomicLong();
  private final ConcurrentSkipListMap<Long, RecordedRequest> entries = new ConcurrentSkipListMap<>();

  /** Reserves the arrival position of a request that has just come in. */
  long arrived() {
    return arrivals.incrementAndGet();
  }

  void record(long arrival, RecordedRequest request) {
    entries.put(arrival, request);
  }

  List<RecordedRequest> all() {
    return List.copyOf(entries.values());
  }

  void clear() {
    entries.clear();
  }
}
