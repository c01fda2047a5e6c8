package com.peerloop.gateway.webhook;

/**
 * A delivery whose signature and API key checked out: the decompressed JSON body and Stream's
 * delivery headers. The signature filter hands it to the controller as a request attribute.
 *
 * @param body      the signed JSON bytes, decompressed
 * @param webhookId {@code X-Webhook-Id}, stable across retries; may be null
 * @param attempt   {@code X-Webhook-Attempt} (1-based); null when absent or not a number
 */
record VerifiedWebhook(byte[] body, String webhookId, Integer attempt) {

    static final String ATTRIBUTE = "com.peerloop.gateway.webhook.VerifiedWebhook";
}
