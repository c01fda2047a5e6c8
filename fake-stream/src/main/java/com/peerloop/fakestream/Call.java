package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A parsed, authenticated request as a handler sees it.
 *
 * @param params path placeholders, percent-decoded (so {@code %3A} arrives as {@code :})
 * @param query decoded query parameters
 * @param body the JSON body, an empty object for bodiless requests
 * @param userId the user of a user token, {@code null} for the server token
 */
record Call(Map<String, String> params, Map<String, String> query, ObjectNode body, String userId) {

    String param(String name) {
        return params.get(name);
    }

    /** A query parameter, with an empty value treated as absent. */
    String query(String name) {
        String value = query.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** An integer query parameter, {@code null} when absent; 400 / code 4 when not a number. */
    Integer queryInt(String name) {
        String value = query(name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw StreamError.badRequest(name + " must be an integer");
        }
    }

    boolean queryFlag(String name) {
        return "true".equalsIgnoreCase(query(name));
    }

    boolean isServer() {
        return userId == null;
    }
}
