package com.peerloop.gateway.webhook;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

import com.peerloop.gateway.web.Problems;

/**
 * Stands in for the revocation of the admin package and for a read cache: records what the webhook
 * receiver asked of them, and can fail the next revocations.
 */
@TestConfiguration(proxyBeanMethods = false)
class RecordingEffects implements GatewayUserRevocation {

    record Revocation(String userId, String reason) {}

    final List<Revocation> revocations = new CopyOnWriteArrayList<>();
    final List<StreamItemDeleted> deletions = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();

    @Override
    public void revokeUser(String userId, String reason, String requestId) {
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw Problems.upstreamUnavailable(java.time.Duration.ofSeconds(5));
        }
        revocations.add(new Revocation(userId, reason));
    }

    @EventListener
    void deleted(StreamItemDeleted event) {
        deletions.add(event);
    }

    void failNext(int count) {
        failures.set(count);
    }

    List<String> revokedUsers() {
        return revocations.stream().map(Revocation::userId).toList();
    }
}
