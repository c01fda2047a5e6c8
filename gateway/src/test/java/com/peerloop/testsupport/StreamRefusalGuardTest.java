package com.peerloop.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.peerloop.fakestream.FakeStream;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the guard counts as a refusal the gateway did not provoke, and what its message says. */
class StreamRefusalGuardTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String NO_TYPE = "{\"feeds\":[\"user:nobody\"]}";

    private final FakeStream stream = FakeStream.start("guard-key", TestJwts.randomSecret());

    @AfterEach
    void stop() {
        stream.close();
    }

    @Test
    void failsOnAServerRequestTheFakeRefusedAndNamesOperationStatusCodeAndMessage() {
        assertThat(addActivity(serverToken(), Map.of())).isEqualTo(400);
        stream.clearRequests();

        assertThatThrownBy(() -> StreamRefusalGuard.verify(stream, List.of()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("addActivity: status 400, code 4, \"AddActivity failed with error: "
                        + "\"type is a required field\"\" (POST /api/v2/feeds/activities)");
        assertThatCode(() -> StreamRefusalGuard.verify(stream, List.of())).doesNotThrowAnyException();
    }

    @Test
    void leavesInjectedFailuresUserTokensAndTestClientsAlone() {
        stream.failNext("addActivity", 1, 429);
        assertThat(addActivity(serverToken(), Map.of())).isEqualTo(429);
        assertThat(addActivity(userToken("u1"), Map.of())).isEqualTo(403);
        assertThat(addActivity(serverToken(), Map.of("X-Stream-Client", FakeStream.TEST_CLIENT)))
                .isEqualTo(400);

        assertThatCode(() -> StreamRefusalGuard.verify(stream, List.of())).doesNotThrowAnyException();
        assertThat(stream.requests("addActivity"))
                .extracting(r -> r.credentials() + "/" + r.injected())
                .containsExactly("server/true", "user/false", "server/false");
    }

    @Test
    void acceptsADeclaredRefusalUntilTheNextCheckOnly() {
        stream.expectRefusals("addActivity");
        assertThat(addActivity(serverToken(), Map.of())).isEqualTo(400);
        assertThatCode(() -> StreamRefusalGuard.verify(stream, List.of())).doesNotThrowAnyException();

        assertThat(addActivity(serverToken(), Map.of())).isEqualTo(400);
        assertThatThrownBy(() -> StreamRefusalGuard.verify(stream, List.of())).isInstanceOf(AssertionError.class);
    }

    @Test
    void reportsRefusalsFromBeforeTheTestStarted() {
        addActivity(serverToken(), Map.of());
        var before = stream.takeUnexpectedRefusals();

        assertThatThrownBy(() -> StreamRefusalGuard.verify(stream, before))
                .hasMessageContaining("(before this test started)");
    }

    private int addActivity(String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(stream.baseUrl() + "api/v2/feeds/activities?api_key=" + stream.apiKey()))
                .header("Authorization", token)
                .header("Stream-Auth-Type", "jwt")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(NO_TYPE));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String serverToken() {
        return Jwts.builder()
                .claim("server", true)
                .issuedAt(new Date())
                .signWith(key())
                .compact();
    }

    private String userToken(String userId) {
        return Jwts.builder()
                .claim("user_id", userId)
                .issuedAt(new Date())
                .signWith(key())
                .compact();
    }

    private javax.crypto.SecretKey key() {
        return Keys.hmacShaKeyFor(stream.apiSecret().getBytes(StandardCharsets.UTF_8));
    }
}
