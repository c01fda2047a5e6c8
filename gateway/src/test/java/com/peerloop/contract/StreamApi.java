package com.peerloop.contract;

import com.peerloop.fakestream.FakeStream;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract suite's own view of Stream, over Stream's public HTTP API only, so the same checks run against
 * the fake and a real app: server-token queries (feed groups, members, follows, the app) and client calls
 * made with a user token the gateway minted. Requests carry {@code X-Stream-Client: }{@link FakeStream#TEST_CLIENT}
 * so the fake's refusal guard does not count them as the gateway's.
 */
final class StreamApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One answer: HTTP status and the JSON body ({@code MissingNode} when empty or not JSON). */
    record Response(int status, JsonNode json, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final StreamTarget target;
    private final String serverToken;

    StreamApi(StreamTarget target) {
        this.target = target;
        this.serverToken = Jwts.builder()
                .claim("server", true)
                .issuedAt(new Date())
                .signWith(Keys.hmacShaKeyFor(target.apiSecret().getBytes(StandardCharsets.UTF_8)))
                .compact();
    }

    Response asServer(String method, String path, String body) {
        return send(method, path, serverToken, body);
    }

    Response asUser(String userToken, String method, String path, String body) {
        return send(method, path, userToken, body);
    }

    /** {@code GET /api/v2/feeds/feed_groups/{id}} → the {@code feed_group}. */
    JsonNode feedGroup(String id) {
        return expectOk(asServer("GET", "/api/v2/feeds/feed_groups/" + id, null))
                .json()
                .path("feed_group");
    }

    /** The members of {@code group:id} with this user id (empty while the feed does not exist). */
    List<JsonNode> members(String group, String id, String userId) {
        Response response = asServer(
                "POST",
                "/api/v2/feeds/feed_groups/" + group + "/feeds/" + id + "/members/query",
                "{\"filter\":{\"user_id\":{\"$eq\":" + quote(userId) + "}},\"limit\":10}");
        return response.status() == 404
                ? List.of()
                : list(expectOk(response).json().path("members"));
    }

    /** The follows from {@code source} to {@code target} (fids). */
    List<JsonNode> follows(String source, String target) {
        Response response = asServer(
                "POST",
                "/api/v2/feeds/follows/query",
                "{\"filter\":{\"source_feed\":{\"$eq\":" + quote(source) + "},\"target_feed\":{\"$eq\":" + quote(target)
                        + "}},\"limit\":10}");
        return list(expectOk(response).json().path("follows"));
    }

    /** A client's read of a feed with its user token: {@code POST …/feed_groups/{g}/feeds/{id}}. */
    Response clientRead(String userToken, String group, String id) {
        return asUser(userToken, "POST", "/api/v2/feeds/feed_groups/" + group + "/feeds/" + id, "{\"limit\":10}");
    }

    /** {@code GET /api/v2/app} → the {@code app}. */
    JsonNode app() {
        return expectOk(asServer("GET", "/api/v2/app", null)).json().path("app");
    }

    static String quote(String value) {
        return JSON.writeValueAsString(value);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    static Response expectOk(Response response) {
        if (!response.ok()) {
            throw new AssertionError("Stream answered " + response.status() + ": " + response.body());
        }
        return response;
    }

    private Response send(String method, String path, String token, String body) {
        String separator = path.contains("?") ? "&" : "?";
        URI uri = target.baseUrl()
                .resolve(path.substring(1) + separator + "api_key="
                        + URLEncoder.encode(target.apiKey(), StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", token)
                .header("Stream-Auth-Type", "jwt")
                .header("Content-Type", "application/json")
                .header("X-Stream-Client", FakeStream.TEST_CLIENT)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(answer.statusCode(), parse(answer.body()), answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("Stream could not be reached at " + uri.getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        } catch (RuntimeException e) {
            return JSON.missingNode();
        }
    }
}
