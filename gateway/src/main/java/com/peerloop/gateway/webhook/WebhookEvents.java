package com.peerloop.gateway.webhook;

import com.peerloop.gateway.web.ApiProblemException;
import com.peerloop.gateway.web.Problems;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Receives verified deliveries: stores each event once, pending, and answers at once; the effect poller
 * ({@link WebhookEffectPoller}) applies its effects from the store afterwards, retrying until they are
 * done. A delivery of an event already stored changes nothing. When the event cannot be stored (the
 * database is unreachable) the delivery is answered 503 {@code unavailable}, so Stream delivers it again:
 * a delivery is never acknowledged before it is stored.
 */
@Service
class WebhookEvents {

    /** How the delivery was taken. */
    enum Receipt {
        ACCEPTED,
        DUPLICATE
    }

    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final Pattern WEBHOOK_ID = Pattern.compile("^[\\x21-\\x7E]{1,128}$");
    private static final Logger log = LoggerFactory.getLogger(WebhookEvents.class);

    private final WebhookEventStore store;
    private final WebhookMetrics metrics;
    private final StreamEventReader reader;
    private final Clock clock;

    WebhookEvents(WebhookEventStore store, WebhookMetrics metrics, StreamEventReader reader, Clock clock) {
        this.store = store;
        this.metrics = metrics;
        this.reader = reader;
        this.clock = clock;
    }

    Receipt receive(VerifiedWebhook delivery, String requestId) {
        String type = WebhookMetrics.typeTag(parse(delivery.body()).type());
        String key = key(delivery);
        boolean stored;
        try {
            stored = store.store(
                    key,
                    type,
                    delivery.attempt(),
                    new String(delivery.body(), StandardCharsets.UTF_8),
                    requestId,
                    clock.instant());
        } catch (DataAccessResourceFailureException | TransientDataAccessException | RecoverableDataAccessException e) {
            metrics.count(type, "unavailable");
            log.warn(
                    "webhook event not stored, answered 503 so that Stream delivers it again: type={} key={} "
                            + "attempt={} error={}",
                    type,
                    key,
                    delivery.attempt(),
                    e.getClass().getSimpleName());
            throw unavailable();
        }
        if (!stored) {
            metrics.count(type, "duplicate");
            log.info("webhook event already received: type={} key={} attempt={}", type, key, delivery.attempt());
            return Receipt.DUPLICATE;
        }
        metrics.count(type, "accepted");
        log.info("webhook event stored, effects pending: type={} key={} attempt={}", type, key, delivery.attempt());
        return Receipt.ACCEPTED;
    }

    /** 503 {@code unavailable}: the gateway itself cannot take the delivery now (contract, error table). */
    static ApiProblemException unavailable() {
        return new ApiProblemException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "unavailable",
                "Service unavailable",
                "The gateway cannot store the delivery now; try again later.",
                RETRY_AFTER,
                List.of());
    }

    /** The header's id when it is printable and short; null otherwise (never logged raw). */
    static String safeId(String webhookId) {
        return webhookId != null && WEBHOOK_ID.matcher(webhookId).matches() ? webhookId : null;
    }

    private StreamEvent parse(byte[] body) {
        return reader.read(body).orElseThrow(() -> {
            metrics.count(WebhookMetrics.UNKNOWN_TYPE, "malformed");
            return Problems.malformed("The webhook body is not a JSON object.");
        });
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
