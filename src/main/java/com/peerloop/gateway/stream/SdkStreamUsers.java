package com.peerloop.gateway.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

import io.getstream.models.UpdateUsersRequest;
import io.getstream.models.UserRequest;
import io.getstream.services.framework.StreamSDKClient;

/** {@link StreamUsers} on the Stream SDK. */
@Component
class SdkStreamUsers implements StreamUsers {

    private final StreamSDKClient client;
    private final StreamCalls calls;
    private final StreamProperties properties;
    private final ObjectMapper json = new ObjectMapper();
    private final Cache<StreamUserProfile, Boolean> recentlySent = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    SdkStreamUsers(StreamSDKClient client, StreamCalls calls, StreamProperties properties) {
        this.client = client;
        this.calls = calls;
        this.properties = properties;
    }

    @Override
    public void upsert(StreamUserProfile profile) {
        UserRequest user = UserRequest.builder().id(profile.id()).name(profile.name()).image(profile.image()).build();
        calls.execute("upsertUsers",
                () -> client.updateUsers(new UpdateUsersRequest(Map.of(profile.id(), user))).execute());
    }

    @Override
    public void ensure(StreamUserProfile profile) {
        if (recentlySent.getIfPresent(profile) == null) {
            upsert(profile);
            recentlySent.put(profile, Boolean.TRUE);
        }
    }

    /**
     * The SDK signs the token (HS256 with the app secret, {@code user_id}, {@code iat}, {@code exp}); it
     * back-dates {@code iat} by five seconds for clock drift, so the times are read back from the token.
     */
    @Override
    public IssuedStreamToken issueToken(String userId) {
        String token = client.tokenBuilder().createToken(userId, Math.toIntExact(properties.tokenValidity().toSeconds()));
        JsonNode claims = claims(token);
        return new IssuedStreamToken(properties.apiKey(), userId, token,
                Instant.ofEpochSecond(claims.path("iat").asLong()), Instant.ofEpochSecond(claims.path("exp").asLong()));
    }

    private JsonNode claims(String token) {
        String payload = token.split("\\.")[1];
        try {
            return json.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the SDK produced an unreadable token", e);
        }
    }
}
