package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request the fake received, recorded after it was answered (failed ones included).
 *
 * @param method HTTP method, upper case
 * @param path percent-decoded path, e.g. {@code /api/v2/feeds/follows/timeline:alice/user:bob}
 * @param query decoded query parameters (the last value wins for repeated names), including {@code api_key}
 * @param headers request headers with lower-case names (first value only)
 * @param body the raw request body, {@code ""} when there was none
 * @param operation the stable operation name of the matched route, or {@code "unknown"} when no route matched
 * @param write whether the operation is a state-changing one (see {@link FakeStream} for the rule)
 * @param status the HTTP status the fake answered with
 * @param credentials what the {@code Authorization} token claims to be, whether or not it verified:
 *     {@link Credentials#SERVER}, {@link Credentials#USER} or {@link Credentials#NONE}
 * @param injected whether the answer was a failure injected through {@link FakeStream#failNext} and friends
 * @param response the JSON body the fake answered with
 */
public record RecordedRequest(
        String method,
        String path,
        Map<String, String> query,
        Map<String, String> headers,
        String body,
        String operation,
        boolean write,
        int status,
        String credentials,
        boolean injected,
        String response) {

    public RecordedRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    /** The body parsed as JSON; an empty object when there was no body. */
    public JsonNode json() {
        return Json.parseObject(body);
    }

    /** A header by case-insensitive name, or {@code null}. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** Whether the request came with a server token (as the gateway's SDK client sends). */
    public boolean byServer() {
        return Credentials.SERVER.equals(credentials);
    }

    /** Stream's error {@code code} of a failed answer, or {@code -1}. */
    public int responseCode() {
        return Json.parseObject(response).path("code").asInt(-1);
    }

    /** Stream's error {@code message} of a failed answer, or {@code ""}. */
    public String responseMessage() {
        return Json.parseObject(response).path("message").asText("");
    }

    /** Whether the fake answered with a 2xx status. */
    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
