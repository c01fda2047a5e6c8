package com.peerloop.testsupport;

import java.time.Instant;
import java.util.Map;

/** The admin endpoints as the tests call them, and small timing helpers. */
public final class AdminCalls {

    private AdminCalls() {}

    public static Api.Response revokeUser(Api api, String adminJwt, String userId, String reason, String requestId) {
        return api.send(
                "POST",
                "/api/admin/users/" + userId + "/revoke-tokens",
                headers(adminJwt, requestId),
                reasonJson(reason));
    }

    public static Api.Response revokeAll(Api api, String adminJwt, String reason, String requestId) {
        return api.send("POST", "/api/admin/revoke-all-tokens", headers(adminJwt, requestId), reasonJson(reason));
    }

    public static Api.Response audit(Api api, String adminJwt, String query) {
        return api.get("/api/admin/audit" + query, adminJwt);
    }

    public static Api.Response streamToken(Api api, String jwt) {
        return api.post("/api/stream/token", jwt, null);
    }

    private static Map<String, String> headers(String jwt, String requestId) {
        return requestId == null
                ? Map.of("Authorization", "Bearer " + jwt, "Content-Type", "application/json")
                : Map.of(
                        "Authorization",
                        "Bearer " + jwt,
                        "Content-Type",
                        "application/json",
                        "X-Request-Id",
                        requestId);
    }

    private static String reasonJson(String reason) {
        return reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}";
    }

    /**
     * Waits until the wall clock is in a later second than now. JWT and Stream token {@code iat}s have
     * whole seconds, and a token of the revocation's own second stays valid; a token meant to be "before"
     * the revocation must come from an earlier second.
     */
    public static void awaitNextSecond() {
        long second = Instant.now().getEpochSecond();
        while (Instant.now().getEpochSecond() == second) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
