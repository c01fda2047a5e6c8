package com.peerloop.gateway.webhook;

import com.peerloop.gateway.retry.RetrySchedule;
import com.peerloop.gateway.stream.StreamFailure;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies stored webhook events' effects, at a fixed rate: claims due pending events (each instance its
 * own, see {@link WebhookEventStore}), applies each, and marks it done; a failed attempt makes the event
 * due again after an exponential backoff with jitter, until {@code max-attempts}, when it is parked as
 * failed. An attempt cut short (the instance stopped, or the database went away before the event was
 * marked) is repeated once its lease ends, which the effects allow.
 */
@Component
class WebhookEffectPoller {

    private static final Logger log = LoggerFactory.getLogger(WebhookEffectPoller.class);

    private final WebhookEventStore store;
    private final WebhookEffects effects;
    private final WebhookMetrics metrics;
    private final WebhookProperties properties;
    private final StreamEventReader reader;
    private final Clock clock;
    private final RetrySchedule retries;
    private final String owner = "wh-" + UUID.randomUUID().toString().substring(0, 13);
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile boolean storeDown;

    WebhookEffectPoller(
            WebhookEventStore store,
            WebhookEffects effects,
            WebhookMetrics metrics,
            WebhookProperties properties,
            StreamEventReader reader,
            Clock clock) {
        this.store = store;
        this.effects = effects;
        this.metrics = metrics;
        this.properties = properties;
        this.reader = reader;
        this.clock = clock;
        this.retries = new RetrySchedule(properties.baseBackoff(), properties.maxBackoff(), properties.maxAttempts());
    }

    /** One round: batches back to back while they come back full. Rounds never overlap on an instance. */
    @Scheduled(fixedRateString = "${peerloop.webhook.poll-interval}")
    void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        try {
            List<WebhookEventStore.Claimed> batch;
            do {
                batch = store.claim(owner, properties.batchSize(), clock.instant(), properties.lease());
                batch.forEach(this::apply);
            } while (batch.size() == properties.batchSize());
            if (storeDown) {
                storeDown = false;
                log.info("webhook effect poller reaches the database again: owner={}", owner);
            }
        } catch (DataAccessException e) {
            if (!storeDown) {
                storeDown = true;
                log.warn(
                        "webhook effect poller cannot reach the database; claimed events are retried when "
                                + "their lease ends: owner={} error={}",
                        owner,
                        e.getClass().getSimpleName());
            }
        } finally {
            polling.set(false);
        }
    }

    private void apply(WebhookEventStore.Claimed event) {
        try {
            effects.apply(event.type(), reader.read(event.payload()), event.requestId(), event.receivedAt());
        } catch (DataAccessException | StreamFailure e) {
            failed(event, e instanceof StreamFailure failure ? failure.kind().code() : "database_unavailable");
            return;
        } catch (RuntimeException e) {
            failed(event, e.getClass().getSimpleName());
            return;
        }
        if (store.done(event.seq(), owner, clock.instant())) {
            metrics.effect(event.type(), "applied");
            log.info(
                    "webhook event applied: key={} type={} attempt={} outcome=applied",
                    event.key(),
                    event.type(),
                    event.attempts());
        }
    }

    private void failed(WebhookEventStore.Claimed event, String error) {
        RetrySchedule.Next retry = retries.afterFailure(event.attempts(), null);
        boolean park = retry.park();
        Instant next = clock.instant().plus(retry.delay());
        if (!store.failed(event.seq(), owner, park, next, error)) {
            return;
        }
        metrics.effect(event.type(), park ? "parked" : "failed");
        if (park) {
            log.error(
                    "webhook event parked after {} failed attempts: key={} type={} attempt={} outcome=parked "
                            + "error={}",
                    event.attempts(),
                    event.key(),
                    event.type(),
                    event.attempts(),
                    error);
        } else {
            log.warn(
                    "webhook event's effect failed, tried again later: key={} type={} attempt={} outcome=failed "
                            + "error={} nextAttemptAt={}",
                    event.key(),
                    event.type(),
                    event.attempts(),
                    error,
                    next);
        }
    }
}
