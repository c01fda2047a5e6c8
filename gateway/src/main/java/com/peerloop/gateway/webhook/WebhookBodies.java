package com.peerloop.gateway.webhook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads a delivery's body without trusting its size: never more than the limit plus one byte is held,
 * and a gzip body is inflated only up to the limit, so a small compressed bomb cannot fill the heap.
 */
final class WebhookBodies {

    private WebhookBodies() {}

    /** The body is larger than the limit, as sent or once decompressed. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("webhook body over the limit");
        }
    }

    /** The bytes as sent, at most {@code limit}. */
    static byte[] read(InputStream in, long limit) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8L));
        if (data.length > limit) {
            throw new TooLarge();
        }
        return data;
    }

    /** Gzip when declared so, or when the body starts with gzip's magic bytes (JSON never does). */
    static boolean gzipped(byte[] body, String contentEncoding) {
        boolean magic = body.length >= 2 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B;
        return magic || (contentEncoding != null && contentEncoding.trim().equalsIgnoreCase("gzip"));
    }

    /** The decompressed bytes, at most {@code limit}; a corrupt stream is an {@link IOException}. */
    static byte[] gunzip(byte[] body, long limit) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return read(in, limit);
        }
    }
}
