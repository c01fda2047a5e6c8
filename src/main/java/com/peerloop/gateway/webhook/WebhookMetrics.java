package com.peerloop.gateway.webhook;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts deliveries by event type and outcome: {@code gateway.webhook.events{type, outcome}}. */
@Component
class WebhookMetrics {

    /** Refused deliveries are counted before their type is known, or trusted. */
    static final String UNKNOWN_TYPE = "unknown";
    private static final Pattern EVENT_TYPE = Pattern.compile(WebhookEventLog.TYPE_REGEX);

    private final MeterRegistry meters;

    WebhookMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void refused(String outcome) {
        count(UNKNOWN_TYPE, outcome);
    }

    void count(String type, String outcome) {
        Counter.builder("gateway.webhook.events")
                .description("Stream webhook deliveries by event type and outcome")
                .tag("type", type).tag("outcome", outcome)
                .register(meters).increment();
    }

    /** The type as stored and tagged: Stream's type string when it looks like one, else {@code unknown}. */
    static String typeTag(String type) {
        return type != null && EVENT_TYPE.matcher(type).matches() ? type : UNKNOWN_TYPE;
    }
}
