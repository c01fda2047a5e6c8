package com.peerloop.gateway.webhook;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/** Stands in for a read cache: records the deletions the webhook receiver announces. */
@TestConfiguration(proxyBeanMethods = false)
class RecordingEffects {

    final List<StreamItemDeleted> deletions = new CopyOnWriteArrayList<>();

    @EventListener
    void deleted(StreamItemDeleted event) {
        deletions.add(event);
    }
}
