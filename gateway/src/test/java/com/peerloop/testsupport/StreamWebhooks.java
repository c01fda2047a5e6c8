package com.peerloop.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends webhook deliveries the way Stream does (reference §6), signed with a given secret. */
public final class StreamWebhooks {

    public static final String PATH = "/api/stream/webhook";

    private final Api api;
    private final String apiKey;
    private final String secret;

    public StreamWebhooks(Api api, String apiKey, String secret) {
        this.api = api;
        this.apiKey = apiKey;
        this.secret = secret;
    }

    /** A correctly signed delivery with a fresh webhook id. */
    public Api.Response deliver(String json) {
        return deliver(json, UUID.randomUUID().toString());
    }

    public Api.Response deliver(String json, String webhookId) {
        return send(json.getBytes(StandardCharsets.UTF_8), headers(sign(json), webhookId));
    }

    public Api.Response send(byte[] body, Map<String, String> headers) {
        return api.sendBytes("POST", PATH, headers, body);
    }

    /** A delivery without a signature. */
    public Api.Response unsigned(String json) {
        return send(
                json.getBytes(StandardCharsets.UTF_8),
                headers(null, UUID.randomUUID().toString()));
    }

    public Map<String, String> headers(String signature, String webhookId) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-Api-Key", apiKey);
        if (signature != null) {
            headers.put("X-Signature", signature);
        }
        if (webhookId != null) {
            headers.put("X-Webhook-Id", webhookId);
            headers.put("X-Webhook-Attempt", "1");
        }
        return headers;
    }

    public String sign(String json) {
        return sign(json.getBytes(StandardCharsets.UTF_8));
    }

    public String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
