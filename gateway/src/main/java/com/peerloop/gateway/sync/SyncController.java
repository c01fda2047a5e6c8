package com.peerloop.gateway.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.peerloop.gateway.stream.StreamFeedGroups;
import com.peerloop.gateway.web.Identifier;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The outbox's status and retry, feed group provisioning and per-user reconcile (role {@code service}). */
@RestController
@RequestMapping("/api/internal")
class SyncController {

    record StatusView(long pending, long failed, long oldestPendingAgeSeconds, boolean feedGroupsProvisioned) {}

    record RetryView(int retried) {}

    record ProvisionView(Map<String, StreamFeedGroups.Outcome> groups) {}

    /** {@code mismatched} is left out when empty (an addition to the contract's {@code added}/{@code removed}). */
    record ReconcileView(
            List<String> added,
            List<String> removed,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> mismatched) {}

    private final SyncOutbox outbox;
    private final FeedGroupProvisioning provisioning;
    private final Reconciler reconciler;
    private final Clock clock;

    SyncController(SyncOutbox outbox, FeedGroupProvisioning provisioning, Reconciler reconciler, Clock clock) {
        this.outbox = outbox;
        this.provisioning = provisioning;
        this.reconciler = reconciler;
        this.clock = clock;
    }

    @GetMapping("/sync/status")
    StatusView status() {
        SyncStatus status = outbox.status(clock.instant());
        return new StatusView(
                status.pending(), status.failed(), status.oldestPendingAgeSeconds(), provisioning.isProvisioned());
    }

    @PostMapping("/sync/retry-failed")
    RetryView retryFailed() {
        return new RetryView(outbox.retryFailed(clock.instant()));
    }

    @PostMapping("/sync/provision")
    ProvisionView provision() {
        return new ProvisionView(provisioning.provision());
    }

    @PostMapping("/users/{userId}/reconcile")
    ReconcileView reconcile(@PathVariable @Identifier String userId) {
        Reconciler.Report report = reconciler.reconcile(userId);
        return new ReconcileView(report.added(), report.removed(), report.mismatched());
    }
}
