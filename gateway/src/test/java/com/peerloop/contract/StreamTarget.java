package com.peerloop.contract;

import java.net.URI;
import java.time.Duration;

/**
 * The Stream app a contract run talks to: the fake of every build, or a real app given by environment variables.
 *
 * @param baseUrl Stream's API base URL, ending in {@code /}
 * @param live whether this is a real Stream app (longer waits, and its ids must be cleaned up)
 */
public record StreamTarget(String name, URI baseUrl, String apiKey, String apiSecret, boolean live) {

    static final String LIVE_KEY = "STREAM_LIVE_API_KEY";
    static final String LIVE_SECRET = "STREAM_LIVE_API_SECRET";
    static final String LIVE_BASE_URL = "STREAM_LIVE_BASE_URL";
    static final String DEFAULT_BASE_URL = "https://chat.stream-io-api.com/";

    /** The real app named by {@code STREAM_LIVE_API_KEY}/{@code _SECRET} (and {@code _BASE_URL}), if both are set. */
    static StreamTarget liveFromEnvironment() {
        String key = System.getenv(LIVE_KEY);
        String secret = System.getenv(LIVE_SECRET);
        if (key == null || key.isBlank() || secret == null || secret.isBlank()) {
            return null;
        }
        String base = System.getenv(LIVE_BASE_URL);
        base = base == null || base.isBlank() ? DEFAULT_BASE_URL : base.endsWith("/") ? base : base + "/";
        return new StreamTarget("live Stream app " + key, URI.create(base), key, secret, true);
    }

    /** How long to wait for the gateway's asynchronous sync to show at Stream. */
    Duration syncDeadline() {
        return live ? Duration.ofSeconds(60) : Duration.ofSeconds(20);
    }
}
