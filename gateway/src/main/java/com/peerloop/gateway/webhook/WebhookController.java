package com.peerloop.gateway.webhook;

import com.peerloop.gateway.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/** Stream's webhook deliveries, already authenticated by the webhook filter chain. */
@RestController
class WebhookController {

    /** The answer to a delivery: {@code accepted} the first time, {@code duplicate} after. */
    record WebhookReceipt(String status) {}

    private final WebhookEvents events;

    WebhookController(WebhookEvents events) {
        this.events = events;
    }

    @PostMapping(WebhookSecurityConfiguration.PATH)
    WebhookReceipt receive(
            @RequestAttribute(VerifiedWebhook.ATTRIBUTE) VerifiedWebhook delivery, HttpServletRequest request) {
        WebhookEvents.Receipt receipt = events.receive(delivery, RequestIds.of(request));
        return new WebhookReceipt(receipt.name().toLowerCase(Locale.ROOT));
    }
}
