package com.peerloop.gateway.sync;

import com.peerloop.gateway.records.RecordChanged;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The outbox's writer: a plain listener, so it runs inside the transaction that publishes the record change,
 * and its intents commit or roll back with the change itself.
 */
@Component
class IntentWriter {

    private final SyncOutbox outbox;
    private final Clock clock;

    IntentWriter(SyncOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void recordChanged(RecordChanged change) {
        List<SyncIntent.New> intents = IntentPlanner.plan(change);
        outbox.add(intents, change.requestId(), clock.instant());
    }
}
