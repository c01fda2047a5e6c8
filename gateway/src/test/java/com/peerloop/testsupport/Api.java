package com.peerloop.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the gateway under test; no Spring test client in between. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** An HTTP answer: status, headers and the body as text and as JSON. */
    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {
        public JsonNode json() {
            return body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst()
                    .orElse(null);
        }
    }

    public Response get(String path, String bearer) {
        return send(request(path, bearer, Map.of()).GET().build());
    }

    public Response post(String path, String bearer, String jsonBody) {
        return send(request(path, bearer, Map.of("Content-Type", "application/json"))
                .POST(body(jsonBody))
                .build());
    }

    public Response put(String path, String bearer, String jsonBody) {
        return send(request(path, bearer, Map.of("Content-Type", "application/json"))
                .PUT(body(jsonBody))
                .build());
    }

    public Response delete(String path, String bearer) {
        return send(request(path, bearer, Map.of()).DELETE().build());
    }

    /** Full control: any method, headers and body. */
    public Response send(String method, String path, Map<String, String> headers, String rawBody) {
        HttpRequest.Builder b = request(path, null, headers);
        return send(b.method(method, body(rawBody)).build());
    }

    /** Full control with a binary body (e.g. gzip). */
    public Response sendBytes(String method, String path, Map<String, String> headers, byte[] rawBody) {
        HttpRequest.Builder b = request(path, null, headers);
        return send(b.method(method, HttpRequest.BodyPublishers.ofByteArray(rawBody))
                .build());
    }

    private HttpRequest.Builder request(String path, String bearer, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(b::header);
        return b;
    }

    private static HttpRequest.BodyPublisher body(String body) {
        return body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
