package com.peerloop.gateway.webhook;

import com.peerloop.gateway.ids.Identifiers;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a Stream event changes at the gateway. Deleted activities and comments are announced as
 * {@link StreamItemDeleted}; deleted and app-wide banned users are announced as {@link StreamUserRevoked}. A ban limited to one chat
 * channel ({@code cid}/{@code channel_id} set) is stored but does not revoke. Other events are only
 * stored. Every effect is safe to repeat, since the poller applies an event again after a failed or
 * interrupted attempt: a deletion only drops cached pages, and a revocation is as of the time the event
 * was received, so a repeat finds it in place and only sets Stream's cut-off again.
 */
@Component
class WebhookEffects {

    private static final Logger log = LoggerFactory.getLogger(WebhookEffects.class);

    private final ApplicationEventPublisher events;

    WebhookEffects(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * Applies the event's effects; throws when one could not be applied now (it is then tried again).
     *
     * @param receivedAt when the gateway stored the event: a revocation's cut-off
     */
    void apply(String type, StreamEvent event, String requestId, Instant receivedAt) {
        switch (type) {
            case "feeds.activity.deleted" ->
                id(event.activity(), "activity").ifPresent(id -> events.publishEvent(StreamItemDeleted.activity(id)));
            case "feeds.comment.deleted" ->
                id(event.comment(), "comment").ifPresent(id -> events.publishEvent(StreamItemDeleted.comment(id)));
            case "user.deleted" -> id(event.user(), "user").ifPresent(id -> revoke(id, type, requestId, receivedAt));
            case "user.banned" -> {
                if (event.channelScoped()) {
                    log.info("stream ban limited to a channel; nothing revoked: type={}", type);
                } else {
                    id(event.user(), "user").ifPresent(id -> revoke(id, type, requestId, receivedAt));
                }
            }
            default -> {}
        }
    }

    /** Synchronous: a listener's failure propagates, so the event's effects are tried again later. */
    private void revoke(String userId, String type, String requestId, Instant receivedAt) {
        events.publishEvent(new StreamUserRevoked(userId, receivedAt, "Stream event " + type, requestId));
        log.info("user revoked at the gateway after a Stream event: userId={} type={}", userId, type);
    }

    private static Optional<String> id(StreamEvent.Item item, String object) {
        if (item == null || item.id() == null || item.id().isEmpty()) {
            return Optional.empty();
        }
        if (!Identifiers.isValid(item.id())) {
            log.warn("stream event carries an id the gateway does not use; ignored: object={}", object);
            return Optional.empty();
        }
        return Optional.of(item.id());
    }
}
