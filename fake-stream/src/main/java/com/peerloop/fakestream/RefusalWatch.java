package com.peerloop.fakestream;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the 4xx answers the fake gave to server-authenticated requests (the gateway's), apart from the request
 * log, so that {@link FakeStream#clearRequests()} does not hide them. Not kept: injected failures, user-token
 * and unauthenticated requests (a test's client calls), and requests marked with {@link FakeStream#TEST_CLIENT}
 * (a test's own server-side checks). Thread-safe.
 */
final class RefusalWatch {

    private final List<RecordedRequest> refused = new ArrayList<>();
    private final Set<String> expected = new HashSet<>();

    synchronized void observe(RecordedRequest request) {
        boolean clientError = request.status() >= 400 && request.status() < 500;
        if (clientError
                && request.byServer()
                && !request.injected()
                && !FakeStream.TEST_CLIENT.equals(request.header("X-Stream-Client"))) {
            refused.add(request);
        }
    }

    synchronized void expect(Collection<String> operations) {
        expected.addAll(operations);
    }

    /** The refusals since the last call whose operation was not expected; forgets them and the expectations. */
    synchronized List<RecordedRequest> takeUnexpected() {
        List<RecordedRequest> unexpected =
                refused.stream().filter(r -> !expected.contains(r.operation())).toList();
        refused.clear();
        expected.clear();
        return unexpected;
    }
}
