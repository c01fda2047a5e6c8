package com.peerloop.gateway.webhook;

import com.peerloop.gateway.paging.Cursors;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The stored Stream webhook events, newest first, for the admin endpoint that lists them. */
@Service
public class WebhookEventLog {

    /** Event types as stored: Stream's type strings. */
    public static final String TYPE_REGEX = "^[a-z0-9_.]{1,64}$";

    /** The states of an event's effects, as listed. */
    public static final String STATE_REGEX = "^(pending|done|failed)$";

    private static final String CURSOR_KIND = "w1";

    /**
     * One stored event.
     *
     * @param id          its dedupe key: {@code X-Webhook-Id}, or {@code sha256:<hex>} of the body
     * @param attempt     {@code X-Webhook-Attempt} of the first delivery
     * @param deliveries    how many deliveries of it arrived
     * @param state         its effects: {@code pending} (to be applied, or tried again), {@code done}, or
     *                      {@code failed} (parked after too many attempts)
     * @param attempts      attempts at its effects so far
     * @param nextAttemptAt when a pending event is due; null otherwise
     * @param lastError     the problem code (or error type) of the last failed attempt; null once done
     * @param processedAt   when its effects were applied
     * @param payload       the event as Stream sent it
     */
    public record WebhookEventView(
            String id,
            String type,
            Integer attempt,
            int deliveries,
            Instant receivedAt,
            String state,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant processedAt,
            JsonNode payload) {}

    /** A page of events and the opaque cursor of the next (older) page, null at the end. */
    public record WebhookEventPage(List<WebhookEventView> events, String next) {}

    private final WebhookEventStore store;
    private final JsonMapper json;

    WebhookEventLog(WebhookEventStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    /**
     * Up to {@code limit} events, newest first, of one type when {@code type} is not null, in one state
     * ({@link #STATE_REGEX}) when {@code state} is not null, older than the {@code before} cursor when it
     * is not null.
     *
     * @return empty when {@code before} is not a cursor this method returned
     */
    public Optional<WebhookEventPage> page(String type, String state, String before, int limit) {
        OptionalLong beforeSeq = before == null || before.isEmpty()
                ? OptionalLong.of(Long.MAX_VALUE)
                : Cursors.decodePosition(CURSOR_KIND, before);
        if (beforeSeq.isEmpty()) {
            return Optional.empty();
        }
        String stored = state == null ? null : state.toUpperCase(Locale.ROOT);
        List<WebhookEventStore.Row> rows = store.page(type, stored, beforeSeq.getAsLong(), limit + 1);
        List<WebhookEventView> events =
                rows.stream().limit(limit).map(this::view).toList();
        return Optional.of(new WebhookEventPage(
                events,
                rows.size() > limit
                        ? Cursors.encodePosition(
                                CURSOR_KIND, rows.get(limit - 1).seq())
                        : null));
    }

    private WebhookEventView view(WebhookEventStore.Row row) {
        return new WebhookEventView(
                row.key(),
                row.type(),
                row.attempt(),
                row.deliveries(),
                row.receivedAt(),
                row.state().toLowerCase(Locale.ROOT),
                row.attempts(),
                row.nextAttemptAt(),
                row.lastError(),
                row.processedAt(),
                json.readTree(row.payload()));
    }
}
