package com.peerloop.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import org.junit.jupiter.api.Test;

class MeEndpointTest extends GatewayTestBase {

    @Test
    void describesTheCallerFromTheTokenWithKnownRolesOnly() {
        String token = jwts.forUser("u_me")
                .name("Me Myself")
                .roles("teacher", "wizard", "admin")
                .sign();

        Api.Response response = api.get("/api/me", token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("id").asString()).isEqualTo("u_me");
        assertThat(response.json().get("name").asString()).isEqualTo("Me Myself");
        assertThat(response.json().get("roles").toString()).isEqualTo("[\"admin\",\"teacher\"]");
        assertThat(stream.requests()).isEmpty();
    }
}
