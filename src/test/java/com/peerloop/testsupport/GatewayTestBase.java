package com.peerloop.testsupport;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.peerloop.fakestream.FakeStream;

/**
 * Base of the HTTP-level tests: the gateway's port, its fake Stream and a JWT minter. Before each test
 * the fake's faults are healed and its request log cleared, so "Stream saw nothing" is per test.
 */
@GatewayIntegrationTest
public abstract class GatewayTestBase {

    @Autowired
    protected FakeStream stream;

    @Autowired
    protected TestJwts jwts;

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    void resetFakeStream() {
        stream.heal();
        stream.clearRequests();
        api = new Api(port);
    }
}
