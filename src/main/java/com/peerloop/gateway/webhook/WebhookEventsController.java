package com.peerloop.gateway.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.peerloop.gateway.web.Problems;

/** Stored webhook events for admins (role {@code admin}, enforced by the API filter chain), newest first. */
@RestController
class WebhookEventsController {

    /** One stored event; {@code id} is its dedupe key ({@code X-Webhook-Id} or a body hash). */
    record WebhookEventView(String id, String type, Integer attempt, int deliveries, Instant receivedAt,
            String state, Instant processedAt, JsonNode payload) {}

    /** A page of events and the cursor of the next (older) page, null at the end. */
    record WebhookEventPage(List<WebhookEventView> events, String next) {}

    private final WebhookEventStore store;
    private final JsonMapper json;

    WebhookEventsController(WebhookEventStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @GetMapping("/api/admin/webhook-events")
    WebhookEventPage list(
            @RequestParam(required = false) @Pattern(regexp = "^[a-z0-9_.]{1,64}$",
                    message = "must be a Stream event type such as feeds.activity.deleted") String type,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) String before) {
        List<WebhookEventStore.Row> rows = store.page(type, cursor(before), limit + 1);
        List<WebhookEventView> events = rows.stream().limit(limit).map(this::view).toList();
        String next = rows.size() > limit ? cursor(rows.get(limit - 1).seq()) : null;
        return new WebhookEventPage(events, next);
    }

    private WebhookEventView view(WebhookEventStore.Row row) {
        return new WebhookEventView(row.key(), row.type(), row.attempt(), row.deliveries(), row.receivedAt(),
                row.state().toLowerCase(Locale.ROOT), row.processedAt(), json.readTree(row.payload()));
    }

    private static String cursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("w" + seq).getBytes(StandardCharsets.US_ASCII));
    }

    private static Long cursor(String before) {
        if (before == null || before.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(before), StandardCharsets.US_ASCII);
            if (decoded.startsWith("w")) {
                return Long.parseLong(decoded.substring(1));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the validation problem
        }
        throw Problems.validation("before", "is not a cursor returned by this endpoint");
    }
}
