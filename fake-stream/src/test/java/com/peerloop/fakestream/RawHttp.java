package com.peerloop.fakestream;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Hand-built requests, for what the SDK cannot send (a one-key PATCH, a user token, an encoded fid). */
final class RawHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RawHttp() {}

    /** Sends {@code method pathAndQuery} with {@code api_key} appended and the given raw Authorization value. */
    static HttpResponse<String> send(
            FakeStream fake, String method, String pathAndQuery, String authorization, String body)
            throws IOException, InterruptedException {
        String separator = pathAndQuery.contains("?") ? "&" : "?";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + fake.port() + pathAndQuery + separator + "api_key=" + fake.apiKey()))
                .header("Content-Type", "application/json")
                .header("Stream-Auth-Type", "jwt")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request authenticated with a server token, as the SDK would send it. */
    static HttpResponse<String> asServer(FakeStream fake, String method, String pathAndQuery, String body)
            throws IOException, InterruptedException {
        return send(fake, method, pathAndQuery, serverToken(fake.apiSecret()), body);
    }

    static String serverToken(String secret) {
        return Jwts.builder()
                .claim("server", true)
                .issuedAt(new Date())
                .signWith(Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8)))
                .compact();
    }
}
