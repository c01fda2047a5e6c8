package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What a request's {@code Authorization} JWT claims to be, read from its payload without checking the signature
 * (that is {@link TokenVerifier}'s job): a server token ({@code server: true}), a user token ({@code user_id})
 * or neither. Used to tell the gateway's own requests from a test's client calls in the request log.
 */
final class Credentials {

    static final String SERVER = "server";
    static final String USER = "user";
    static final String NONE = "none";

    private Credentials() {}

    static String kind(String authorization) {
        if (authorization == null) {
            return NONE;
        }
        String[] parts = authorization.trim().split("\\.");
        if (parts.length < 2) {
            return NONE;
        }
        try {
            JsonNode claims =
                    Json.MAPPER.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            JsonNode server = Json.field(claims, "server");
            if (server != null && (server.asBoolean(false) || "true".equals(server.asText()))) {
                return SERVER;
            }
            return Json.text(claims, "user_id") != null ? USER : NONE;
        } catch (Exception e) {
            return NONE;
        }
    }
}
