package com.peerloop.gateway.webhook;

import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import com.peerloop.gateway.web.Identifiers;

/**
 * What a Stream event changes at the gateway. Deleted activities and comments are announced as
 * {@link StreamItemDeleted}; deleted and app-wide banned users are revoked. A ban limited to one chat
 * channel ({@code cid}/{@code channel_id} set) is stored but does not revoke. Other events are only
 * stored. Every effect is safe to repeat, since the poller applies an event again after a failed or
 * interrupted attempt: a deletion only drops cached pages, and a revocation is as of the time the event
 * was received, so a repeat finds it in place and only sets Stream's cut-off again.
 */
@Component
class WebhookEffects {

    private static final Logger log = LoggerFactory.getLogger(WebhookEffects.class);

    private final ApplicationEventPublisher events;
    private final ObjectProvider<GatewayUserRevocation> revocation;

    WebhookEffects(ApplicationEventPublisher events, ObjectProvider<GatewayUserRevocation> revocation) {
        this.events = events;
        this.revocation = revocation;
    }

    /**
     * Applies the event's effects; throws when one could not be applied now (it is then tried again).
     *
     * @param receivedAt when the gateway stored the event: a revocation's cut-off
     */
    void apply(String type, JsonNode event, String requestId, Instant receivedAt) {
        switch (type) {
            case "feeds.activity.deleted" -> id(event, "activity", "id")
                    .ifPresent(id -> events.publishEvent(StreamItemDeleted.activity(id)));
            case "feeds.comment.deleted" -> id(event, "comment", "id")
                    .ifPresent(id -> events.publishEvent(StreamItemDeleted.comment(id)));
            case "user.deleted" -> id(event, "user", "id").ifPresent(id -> revoke(id, type, requestId, receivedAt));
            case "user.banned" -> {
                if (channelScoped(event)) {
                    log.info("stream ban limited to a channel; nothing revoked: type={}", type);
                } else {
                    id(event, "user", "id").ifPresent(id -> revoke(id, type, requestId, receivedAt));
                }
            }
            default -> { }
        }
    }

    private void revoke(String userId, String type, String requestId, Instant receivedAt) {
        GatewayUserRevocation target = revocation.getIfAvailable();
        if (target == null) {
            log.error("no gateway revocation is configured; user not revoked: userId={} type={}", userId, type);
            return;
        }
        target.revokeUser(userId, receivedAt, "Stream event " + type, requestId);
        log.info("user revoked at the gateway after a Stream event: userId={} type={}", userId, type);
    }

    private static boolean channelScoped(JsonNode event) {
        return !text(event.path("cid")).isEmpty() || !text(event.path("channel_id")).isEmpty();
    }

    private static Optional<String> id(JsonNode event, String object, String field) {
        String id = text(event.path(object).path(field));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (!Identifiers.isValid(id)) {
            log.warn("stream event carries an id the gateway does not use; ignored: object={}", object);
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : "";
    }
}
