package com.peerloop.gateway.stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.getstream.models.QueryUsersPayload;
import io.getstream.models.QueryUsersRequest;
import io.getstream.models.UpdateAppRequest;
import io.getstream.models.UpdateUserPartialRequest;
import io.getstream.models.UpdateUsersPartialRequest;
import io.getstream.models.UpdateUsersRequest;
import io.getstream.models.UpdateUsersResponse;
import io.getstream.models.UserRequest;
import io.getstream.services.framework.StreamSDKClient;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;

/** {@link StreamUsers} on the Stream SDK. */
@Component
class SdkStreamUsers implements StreamUsers {

    /**
     * User tokens carry {@code iat} five seconds before the issue time (as the SDK's own {@code TokenBuilder}
     * does), so that a Stream clock slightly behind ours still accepts them.
     */
    static final Duration IAT_BACKDATING = Duration.ofSeconds(5);

    static final String REVOKE_FIELD = "revoke_tokens_issued_before";

    private final StreamSDKClient client;
    private final StreamCalls calls;
    private final StreamProperties properties;
    private final Clock clock;
    private final SecretKey tokenKey;
    private final Cache<StreamUserProfile, Boolean> recentlySent = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    SdkStreamUsers(StreamSDKClient client, StreamCalls calls, StreamProperties properties, Clock clock) {
        this.client = client;
        this.calls = calls;
        this.properties = properties;
        this.clock = clock;
        this.tokenKey = Keys.hmacShaKeyFor(properties.apiSecret().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A partial update that sets the name and image and unsets whichever the profile lacks, so Stream keeps
     * everything else the gateway does not own (above all a token revocation, which a replacing upsert may
     * clear). Only a user Stream does not have is created, with a replacing upsert. Stream is asked first
     * whether the user exists, because what it does with a partial update of an unknown id is not
     * documented (it may refuse it, leave the id out of its answer, or create the user): asking first sends
     * Stream no request it may refuse under any of those readings.
     */
    @Override
    public void upsert(StreamUserProfile profile) {
        if (!exists(profile.id())) {
            UserRequest user = UserRequest.builder()
                    .id(profile.id())
                    .name(profile.name())
                    .image(profile.image())
                    .build();
            calls.execute(
                    "upsertUsers",
                    () -> client.updateUsers(new UpdateUsersRequest(Map.of(profile.id(), user)))
                            .execute());
            return;
        }
        UpdateUsersResponse updated = calls.execute(
                "updateUsersPartial",
                () -> client.updateUsersPartial(new UpdateUsersPartialRequest(List.of(profileUpdate(profile))))
                        .execute());
        if (updated.getUsers() == null || !updated.getUsers().containsKey(profile.id())) {
            // Stream has the user yet skipped the update: a replacing upsert could wipe its revocation.
            throw StreamFailure.refused(null);
        }
    }

    private static UpdateUserPartialRequest profileUpdate(StreamUserProfile profile) {
        Map<String, Object> set = new LinkedHashMap<>();
        List<String> unset = new ArrayList<>();
        putOrUnset(set, unset, "name", profile.name());
        putOrUnset(set, unset, "image", profile.image());
        return UpdateUserPartialRequest.builder()
                .id(profile.id())
                .set(set.isEmpty() ? null : set)
                .unset(unset.isEmpty() ? null : unset)
                .build();
    }

    private static void putOrUnset(Map<String, Object> set, List<String> unset, String field, String value) {
        if (value == null) {
            unset.add(field);
        } else {
            set.put(field, value);
        }
    }

    @Override
    public void ensure(StreamUserProfile profile) {
        if (recentlySent.getIfPresent(profile) == null) {
            upsert(profile);
            recentlySent.put(profile, Boolean.TRUE);
        }
    }

    /**
     * The claims Stream's SDK puts in a user token ({@code user_id}, {@code iat}, {@code exp}; HS256 with the
     * app secret), signed here with one key made at start-up instead of one per call as the SDK's builder does.
     */
    @Override
    public IssuedStreamToken issueToken(String userId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant issuedAt = now.minus(IAT_BACKDATING);
        Instant expiresAt = now.plus(properties.tokenValidity());
        String token = Jwts.builder()
                .claim("user_id", userId)
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(expiresAt))
                .signWith(tokenKey, Jwts.SIG.HS256)
                .compact();
        return new IssuedStreamToken(properties.apiKey(), userId, token, issuedAt, expiresAt);
    }

    /**
     * Stream compares its cut-off with the token's {@code iat}, which is back-dated: a token minted at
     * {@code t} carries {@code t - 5 s}. The cut-off sent is moved back the same way, so that a token
     * minted right after the revocation still works while every earlier one is refused.
     */
    @Override
    public void revokeTokens(String userId, Instant issuedBefore) {
        if (!exists(userId)) {
            // The gateway creates the Stream user before minting its first token, so a user Stream does not
            // know has no token to revoke. A token minted after this look-up carries an iat after the cut-off.
            return;
        }
        UpdateUserPartialRequest user = UpdateUserPartialRequest.builder()
                .id(userId)
                .set(Map.of(REVOKE_FIELD, streamCutoff(issuedBefore)))
                .build();
        calls.execute(
                "updateUsersPartial",
                () -> client.updateUsersPartial(new UpdateUsersPartialRequest(List.of(user)))
                        .execute());
    }

    private boolean exists(String userId) {
        QueryUsersPayload query = QueryUsersPayload.builder()
                .filterConditions(Map.of("id", userId))
                .limit(1)
                .build();
        var found = calls.read(
                "queryUsers",
                () -> client.queryUsers(new QueryUsersRequest(query)).execute());
        return found.getUsers() != null && !found.getUsers().isEmpty();
    }

    /**
     * Only the one field is set; every other field stays null and is therefore left out of the body
     * ({@link ConfiguredStreamHttpClient}), so no other app setting is reset.
     */
    @Override
    public void revokeAllTokens(Instant issuedBefore) {
        UpdateAppRequest app = new UpdateAppRequest();
        app.setRevokeTokensIssuedBefore(streamCutoff(issuedBefore));
        calls.execute("updateApp", () -> client.updateApp(app).execute());
    }

    private static Date streamCutoff(Instant issuedBefore) {
        return Date.from(issuedBefore.minus(IAT_BACKDATING));
    }
}
