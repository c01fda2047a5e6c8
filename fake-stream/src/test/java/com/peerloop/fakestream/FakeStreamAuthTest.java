package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.getstream.exceptions.StreamException;
import io.getstream.models.UpdateUsersRequest;
import io.getstream.models.UserRequest;
import io.getstream.services.framework.StreamSDKClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FakeStreamAuthTest extends FakeStreamTestSupport {

    private static UpdateUsersRequest alice() {
        return UpdateUsersRequest.builder()
                .users(Map.of(
                        "alice", UserRequest.builder().id("alice").name("Alice").build()))
                .build();
    }

    @Test
    void refusesAWrongApiKeyWith401Code2AndChangesNothing() {
        StreamSDKClient wrongKey = SdkClients.client(fake, "not-the-key", API_SECRET, SdkClients.Nulls.EXPLICIT);

        assertThatThrownBy(() -> wrongKey.updateUsers(alice()).execute())
                .isInstanceOfSatisfying(StreamException.class, e -> {
                    assertThat(e.getResponseData().getStatusCode()).isEqualTo(401);
                    assertThat(e.getResponseData().getCode()).isEqualTo(2);
                });
        assertThat(fake.state().users().all()).isEmpty();
        assertThat(fake.requests("upsertUsers"))
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(401));
    }

    @Test
    void refusesATokenSignedWithAnotherSecretWith401Code43() {
        StreamSDKClient wrongSecret =
                SdkClients.client(fake, API_KEY, "another-secret-that-is-32-bytes-long!!", SdkClients.Nulls.EXPLICIT);

        assertThatThrownBy(() -> wrongSecret.updateUsers(alice()).execute())
                .isInstanceOfSatisfying(StreamException.class, e -> {
                    assertThat(e.getResponseData().getStatusCode()).isEqualTo(401);
                    assertThat(e.getResponseData().getCode()).isEqualTo(43);
                });
        assertThat(fake.state().users().all()).isEmpty();
    }

    @Test
    void refusesAMissingOrBearerPrefixedAuthorizationWith401Code5() throws Exception {
        HttpResponse<String> missing = RawHttp.send(fake, "GET", "/api/v2/app", null, null);
        HttpResponse<String> bearer =
                RawHttp.send(fake, "GET", "/api/v2/app", "Bearer " + RawHttp.serverToken(API_SECRET), null);

        for (HttpResponse<String> response : java.util.List.of(missing, bearer)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(Json.parseObject(response.body()).get("code").asInt()).isEqualTo(5);
            assertThat(Json.parseObject(response.body()).get("StatusCode").asInt())
                    .isEqualTo(401);
        }
    }

    @Test
    void refusesAUserTokenOnAServerOnlyEndpointWith403Code17() throws Exception {
        String userToken = client.tokenBuilder().createToken("alice", 3600);

        HttpResponse<String> response = RawHttp.send(fake, "POST", "/api/v2/users", userToken, "{\"users\":{}}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Json.parseObject(response.body()).get("code").asInt()).isEqualTo(17);
    }

    @Test
    void acceptsTheSdkServerTokenAndRecordsTheStreamHeaders() throws StreamException {
        client.updateUsers(alice()).execute();

        RecordedRequest request = fake.requests("upsertUsers").get(0);
        assertThat(request.status()).isEqualTo(200);
        assertThat(request.query()).containsEntry("api_key", API_KEY);
        assertThat(request.header("Authorization")).doesNotStartWith("Bearer").matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(request.header("Stream-Auth-Type")).isEqualTo("jwt");
        assertThat(request.header("X-Stream-Client")).startsWith("stream-java-client-");
        assertThat(fake.state().users().get("alice")).isPresent();
    }
}
