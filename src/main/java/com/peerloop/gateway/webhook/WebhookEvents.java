package com.peerloop.gateway.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.peerloop.gateway.web.ApiProblemException;
import com.peerloop.gateway.web.Problems;

/**
 * Receives verified deliveries: stores each event once, applies its effects once. When an effect
 * fails the event stays stored as failed and the delivery is answered 503, so Stream's retry (same
 * {@code X-Webhook-Id}) applies it again; a delivery of an event already processed changes nothing.
 */
@Service
class WebhookEvents {

    /** How the delivery was taken. */
    enum Receipt { ACCEPTED, DUPLICATE }

    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final Pattern WEBHOOK_ID = Pattern.compile("^[\\x21-\\x7E]{1,128}$");
    private static final Logger log = LoggerFactory.getLogger(WebhookEvents.class);

    private final WebhookEventStore store;
    private final WebhookEffects effects;
    private final WebhookMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;

    WebhookEvents(WebhookEventStore store, WebhookEffects effects, WebhookMetrics metrics, JsonMapper json,
            Clock clock) {
        this.store = store;
        this.effects = effects;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    Receipt receive(VerifiedWebhook delivery, String requestId) {
        JsonNode event = parse(delivery.body());
        String type = WebhookMetrics.typeTag(event.path("type").isString() ? event.path("type").asString() : null);
        String key = key(delivery);
        if (!store.claim(key, type, delivery.attempt(), new String(delivery.body(), StandardCharsets.UTF_8),
                clock.instant())) {
            metrics.count(type, "duplicate");
            log.info("webhook event already received: type={} key={} attempt={}", type, key, delivery.attempt());
            return Receipt.DUPLICATE;
        }
        try {
            effects.apply(type, event, requestId);
        } catch (RuntimeException e) {
            store.failed(key);
            metrics.count(type, "failed");
            log.warn("webhook event stored but its effect failed; Stream's retry applies it: type={} key={} error={}",
                    type, key, e instanceof ApiProblemException problem ? problem.code() : e.getClass().getSimpleName());
            throw Problems.upstreamUnavailable(RETRY_AFTER);
        }
        store.done(key, clock.instant());
        metrics.count(type, "accepted");
        log.info("webhook event received: type={} key={} attempt={}", type, key, delivery.attempt());
        return Receipt.ACCEPTED;
    }

    /** The header's id when it is printable and short; null otherwise (never logged raw). */
    static String safeId(String webhookId) {
        return webhookId != null && WEBHOOK_ID.matcher(webhookId).matches() ? webhookId : null;
    }

    private JsonNode parse(byte[] body) {
        JsonNode event;
        try {
            event = json.readTree(body);
        } catch (JacksonException e) {
            event = null;
        }
        if (event == null || !event.isObject()) {
            metrics.count(WebhookMetrics.UNKNOWN_TYPE, "malformed");
            throw Problems.malformed("The webhook body is not a JSON object.");
        }
        return event;
    }

    private static String key(VerifiedWebhook delivery) {
        String id = safeId(delivery.webhookId());
        return id != null ? id : "sha256:" + sha256(delivery.body());
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
