package com.peerloop.gateway.privacy;

import com.peerloop.gateway.stream.StreamProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An erased user's pseudonym: {@code erased-} and the first 24 hex digits (96 bits) of HMAC-SHA256 of their id
 * under {@code PEERLOOP_PRIVACY_PSEUDONYM_KEY}, or when that is unset under a key derived from the Stream secret
 * (HMAC-SHA256 of a fixed label), so that no deployment runs with a known key. The same id gives the same
 * pseudonym on every instance and run while the key stays; without the key it cannot be traced back to the id by
 * trying ids.
 */
@Component
class Pseudonyms {

    static final String PREFIX = "erased-";

    private static final Logger log = LoggerFactory.getLogger(Pseudonyms.class);

    private final SecretKeySpec key;

    Pseudonyms(PrivacyProperties properties, StreamProperties stream) {
        if (properties.pseudonymKey() != null) {
            this.key = key(properties.pseudonymKey().getBytes(StandardCharsets.UTF_8));
        } else {
            log.warn("PEERLOOP_PRIVACY_PSEUDONYM_KEY is not set: erased users' pseudonyms use a key derived from "
                    + "STREAM_API_SECRET, and change if that secret is rotated");
            this.key = key(hmac(
                    key(stream.apiSecret().getBytes(StandardCharsets.UTF_8)), "peerloop-gateway audit pseudonyms"));
        }
    }

    String of(String userId) {
        return PREFIX + HexFormat.of().formatHex(hmac(key, userId), 0, 12);
    }

    private static SecretKeySpec key(byte[] bytes) {
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
