package com.peerloop.testsupport;

import com.peerloop.fakestream.FakeStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls to Stream as a client app makes them with the user's own Stream token (the one
 * {@code POST /api/stream/token} hands out), bypassing the gateway: {@code api_key} in the query, the bare token
 * in {@code Authorization} (no {@code Bearer}), {@code Stream-Auth-Type: jwt} and a JSON body. What Stream
 * answers is Stream's own gating.
 */
public final class StreamClientCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final FakeStream stream;

    public StreamClientCalls(FakeStream stream) {
        this.stream = stream;
    }

    /** The caller's Stream token from the gateway; fails unless the gateway answers 200. */
    public static String streamToken(Api api, String peerLoopJwt) {
        Api.Response response = api.post("/api/stream/token", peerLoopJwt, null);
        if (response.status() != 200) {
            throw new AssertionError("token endpoint answered " + response.status() + ": " + response.body());
        }
        return response.json().get("token").asString();
    }

    /** A client's feed read: {@code POST /api/v2/feeds/feed_groups/{group}/feeds/{id}} (get-or-create). */
    public Api.Response readFeed(String group, String id, String userToken) {
        return send("POST", "/api/v2/feeds/feed_groups/" + group + "/feeds/" + id, userToken, "{}");
    }

    /** A client's activity read: {@code GET /api/v2/feeds/activities/{id}}. */
    public Api.Response readActivity(String activityId, String userToken) {
        return send("GET", "/api/v2/feeds/activities/" + activityId, userToken, null);
    }

    /**
     * Any request, authenticated by {@code token} as the SDKs do (a user token, or a server token for setup);
     * {@code api_key} is appended to {@code pathAndQuery}.
     */
    public Api.Response send(String method, String pathAndQuery, String token, String jsonBody) {
        String separator = pathAndQuery.contains("?") ? "&" : "?";
        URI uri = URI.create(stream.baseUrl().toString().replaceAll("/$", "") + pathAndQuery + separator + "api_key="
                + stream.apiKey());
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", token)
                .header("Stream-Auth-Type", "jwt")
                .header("Content-Type", "application/json")
                .method(
                        method,
                        jsonBody == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stream's error code in a refusal's body ({@code code}), or -1 when there is none. */
    public static int streamCode(Api.Response response) {
        return response.body().isEmpty()
                ? -1
                : JSON.readTree(response.body()).path("code").asInt(-1);
    }
}
