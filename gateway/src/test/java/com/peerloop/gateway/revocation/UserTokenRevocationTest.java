package com.peerloop.gateway.revocation;

import static com.peerloop.testsupport.AdminCalls.awaitNextSecond;
import static com.peerloop.testsupport.AdminCalls.revokeUser;
import static com.peerloop.testsupport.AdminCalls.streamToken;
import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.StreamClientCalls;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class UserTokenRevocationTest extends GatewayTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String admin() {
        return jwts.token("admin_1", "admin");
    }

    private String issuedSecondsAgo(String userId, long seconds) {
        return jwts.forUser(userId)
                .issuedAt(Instant.now().minusSeconds(seconds))
                .sign();
    }

    @Test
    void refusesTheUsersOlderJwtAtTheTokenAndFeedEndpointsAndAcceptsANewOne() {
        String old = issuedSecondsAgo("u_rev", 10);
        assertThat(streamToken(api, old).status()).isEqualTo(200);

        assertThat(revokeUser(api, admin(), "u_rev", "password changed", null).status())
                .isEqualTo(200);

        Api.Response refused = streamToken(api, old);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(refused.json().get("code").asString()).isEqualTo("invalid_token");
        stream.clearRequests();
        assertThat(api.get("/api/feeds/user/u_rev/activities", old).status()).isEqualTo(401);
        assertThat(stream.requests()).isEmpty();

        String fresh = jwts.token("u_rev", "student");
        assertThat(streamToken(api, fresh).status()).isEqualTo(200);
        assertThat(api.get("/api/feeds/user/u_rev/activities", fresh).status()).isEqualTo(200);
    }

    @Test
    void leavesOtherUsersUnaffected() {
        String other = issuedSecondsAgo("u_bystander", 10);

        assertThat(revokeUser(api, admin(), "u_target", "leaked token", null).status())
                .isEqualTo(200);

        assertThat(streamToken(api, other).status()).isEqualTo(200);
    }

    @Test
    void answersTheGatewayCutoffInWholeSeconds() {
        Instant before = Instant.now().minusSeconds(1);

        Api.Response response = revokeUser(api, admin(), "u_cut", "ban", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("userId").asString()).isEqualTo("u_cut");
        Instant cutoff = Instant.parse(response.json().get("revokedBefore").asString());
        assertThat(cutoff.getNano()).isZero();
        assertThat(cutoff).isBetween(before, Instant.now());
    }

    @Test
    void sendsStreamAPartialUserUpdateWithTheCutoffMovedBackFiveSeconds() {
        assertThat(streamToken(api, jwts.token("u_partial", "student")).status())
                .isEqualTo(200);
        stream.clearRequests();

        Instant cutoff = Instant.parse(revokeUser(api, admin(), "u_partial", "ban", null)
                .json()
                .get("revokedBefore")
                .asString());

        assertThat(stream.requests("updateUsersPartial")).hasSize(1);
        JsonNode user = JSON.readTree(
                        stream.requests("updateUsersPartial").get(0).body())
                .get("users")
                .get(0);
        assertThat(user.get("id").asString()).isEqualTo("u_partial");
        Instant sent = OffsetDateTime.parse(
                        user.get("set").get("revoke_tokens_issued_before").asString())
                .toInstant();
        assertThat(sent).isEqualTo(cutoff.minusSeconds(5));
        assertThat(user.has("unset")).isFalse();
    }

    @Test
    void streamRefusesTheUsersEarlierStreamTokenButAcceptsOneMintedRightAfter() {
        String jwt = issuedSecondsAgo("u_stream", 10);
        String earlier = streamToken(api, jwt).json().get("token").asString();
        assertThat(stream.acceptsUserToken(earlier)).isTrue();
        awaitNextSecond();

        assertThat(revokeUser(api, admin(), "u_stream", "device stolen", null).status())
                .isEqualTo(200);
        String after = streamToken(api, jwts.token("u_stream", "student"))
                .json()
                .get("token")
                .asString();

        assertThat(stream.acceptsUserToken(earlier)).isFalse();
        // minted within a second of the revocation, so its iat (back-dated 5 s) is just at Stream's cut-off
        assertThat(stream.acceptsUserToken(after)).isTrue();
    }

    @Test
    void streamKeepsRefusingARevokedTokenAfterTheUsersProfileChanges() {
        String before = jwts.forUser("u_renamed")
                .name("Old Name")
                .picture("https://img.peerloop.test/old.png")
                .issuedAt(Instant.now().minusSeconds(10))
                .sign();
        String t1 = StreamClientCalls.streamToken(api, before);
        StreamClientCalls client = new StreamClientCalls(stream);
        assertThat(client.readFeed("user", "u_renamed", t1).status()).isEqualTo(200);
        awaitNextSecond();
        assertThat(revokeUser(api, admin(), "u_renamed", "device stolen", null).status())
                .isEqualTo(200);

        String renamed = jwts.forUser("u_renamed")
                .name("New Name")
                .picture("https://img.peerloop.test/new.png")
                .sign();
        String t2 = StreamClientCalls.streamToken(api, renamed);

        assertThat(stream.acceptsUserToken(t1))
                .as("the earlier token stays revoked at Stream")
                .isFalse();
        Api.Response refused = client.readFeed("user", "u_renamed", t1);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(StreamClientCalls.streamCode(refused)).isEqualTo(40);
        assertThat(stream.acceptsUserToken(t2)).isTrue();
        assertThat(client.readFeed("user", "u_renamed", t2).status()).isEqualTo(200);
        var user = stream.state().users().get("u_renamed").orElseThrow();
        assertThat(user.name()).isEqualTo("New Name");
        assertThat(user.image()).isEqualTo("https://img.peerloop.test/new.png");
        assertThat(user.revokeTokensIssuedBefore()).isNotNull();
    }

    @Test
    void revokingAUserStreamHasNeverSeenHoldsAtTheGatewayWithoutAnError() {
        String old = issuedSecondsAgo("u_never_streamed", 10);

        assertThat(revokeUser(api, admin(), "u_never_streamed", "ban", null).status())
                .isEqualTo(200);

        assertThat(streamToken(api, old).status()).isEqualTo(401);
    }

    @Test
    void whenStreamFailsTheGatewayRevocationHoldsAndARepeatCompletesIt() {
        String old = issuedSecondsAgo("u_outage", 10);
        assertThat(streamToken(api, old).status()).isEqualTo(200);
        stream.failAlways(503);

        Api.Response failed = revokeUser(api, admin(), "u_outage", "ban", null);

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.json().get("code").asString()).isEqualTo("upstream_unavailable");
        stream.heal();
        assertThat(streamToken(api, old).status()).isEqualTo(401);
        Api.Response repeated = revokeUser(api, admin(), "u_outage", "ban", null);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(stream.state().users().get("u_outage").orElseThrow().revokeTokensIssuedBefore())
                .isEqualTo(Instant.parse(repeated.json().get("revokedBefore").asString())
                        .minusSeconds(5));
    }

    @Test
    void refusesABadUserIdOrReasonWithoutCallingStream() {
        assertThat(revokeUser(api, admin(), "bad.id", "ban", null)
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("validation_failed");
        assertThat(revokeUser(api, admin(), "x".repeat(65), "ban", null).status())
                .isEqualTo(400);
        assertThat(revokeUser(api, admin(), "u_ok", null, null)
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("validation_failed");
        assertThat(revokeUser(api, admin(), "u_ok", " ", null).status()).isEqualTo(400);
        assertThat(revokeUser(api, admin(), "u_ok", "r".repeat(501), null).status())
                .isEqualTo(400);
        assertThat(revokeUser(api, admin(), "u_ok", "r".repeat(500), null).status())
                .isEqualTo(200);
        stream.clearRequests();
        revokeUser(api, admin(), "bad.id", "ban", null);
        assertThat(stream.requests()).isEmpty();
    }
}
