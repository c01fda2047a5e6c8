package com.peerloop.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@Tag("slow")
class PublicKeyVerificationTest {

    @Nested
    @TestPropertySource(properties = "peerloop.test.jwt-key=rsa")
    class WithRsaPublicKey extends GatewayTestBase {

        @Test
        void acceptsRs256TokenSignedWithTheMatchingPrivateKey() {
            assertThat(api.post("/api/stream/token", jwts.token("u_rsa", "student"), null)
                            .status())
                    .isEqualTo(200);
        }

        @Test
        void refusesHmacTokenKeyedWithThePublicKeyItself() {
            byte[] pem = jwts.publicKeyPem().getBytes(StandardCharsets.UTF_8);
            String confused =
                    jwts.forUser("u_rsa").signedWith(Keys.hmacShaKeyFor(pem)).sign();

            Api.Response response = api.post("/api/stream/token", confused, null);

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.json().get("code").asString()).isEqualTo("invalid_token");
            assertThat(stream.requests()).isEmpty();
        }

        @Test
        void refusesHs256TokenEvenWithTheRightClaims() {
            String hs256 = Jwts.builder()
                    .subject("u_rsa")
                    .issuer(com.peerloop.testsupport.TestJwts.ISSUER)
                    .signWith(
                            Keys.hmacShaKeyFor(
                                    jwts.publicKeyPem().substring(0, 64).getBytes(StandardCharsets.UTF_8)),
                            Jwts.SIG.HS256)
                    .compact();
            assertThat(api.post("/api/stream/token", hs256, null).status()).isEqualTo(401);
            assertThat(stream.requests()).isEmpty();
        }
    }

    @Nested
    @TestPropertySource(properties = "peerloop.test.jwt-key=ec")
    class WithEcPublicKey extends GatewayTestBase {

        @Test
        void acceptsEs256TokenSignedWithTheMatchingPrivateKey() {
            assertThat(api.post("/api/stream/token", jwts.token("u_ec", "teacher"), null)
                            .status())
                    .isEqualTo(200);
        }

        @Test
        void refusesAlgNone() {
            assertThat(api.post("/api/stream/token", jwts.unsigned("none", "u_ec"), null)
                            .status())
                    .isEqualTo(401);
            assertThat(stream.requests()).isEmpty();
        }
    }

    @Nested
    @TestPropertySource(properties = "peerloop.test.jwt-key=jwks")
    class WithJwksUrl extends GatewayTestBase {

        @Test
        void acceptsTokensOfAKeyPublishedAfterStartByFetchingTheSetAgain() {
            assertThat(api.post("/api/stream/token", jwts.token("u_jwks", "student"), null)
                            .status())
                    .isEqualTo(200);

            jwts.rotate();

            assertThat(api.post("/api/stream/token", jwts.token("u_jwks", "student"), null)
                            .status())
                    .isEqualTo(200);
        }

        @Test
        void refusesATokenSignedWithAKeyThatIsNotPublished() {
            String token = jwts.forUser("u_jwks")
                    .signedWith(io.jsonwebtoken.Jwts.SIG.RS256.keyPair().build().getPrivate())
                    .sign();

            assertThat(api.post("/api/stream/token", token, null).status()).isEqualTo(401);
            assertThat(stream.requests()).isEmpty();
        }
    }
}
