package com.peerloop.local;

import com.peerloop.fakestream.FakeStream;
import com.peerloop.gateway.GatewayApplication;
import com.peerloop.testsupport.TestDatabase;
import com.peerloop.testsupport.TestJwts;
import java.util.Map;
import org.springframework.boot.SpringApplication;

/**
 * Runs the gateway on a developer machine with nothing installed but a JDK: an embedded PostgreSQL, a
 * local Stream stand-in on {@code LOCAL_STREAM_PORT} (default 8790), demo users and a demo-token endpoint.
 * Started by {@code ./mvnw spring-boot:test-run}; none of this is in the production jar.
 */
public final class LocalGatewayApplication {

    /** Local-only values; they protect nothing but a developer's own loopback. */
    static final String STREAM_KEY = "local-demo-key";

    static final String STREAM_SECRET = "local-demo-stream-secret-not-for-production";
    static final String JWT_SECRET = "local-demo-jwt-secret-not-for-production-use";

    private LocalGatewayApplication() {}

    public static void main(String[] args) {
        TestDatabase.Settings db = TestDatabase.newDatabase();
        int streamPort = Integer.parseInt(System.getenv().getOrDefault("LOCAL_STREAM_PORT", "8790"));
        FakeStream stream = FakeStream.start(STREAM_KEY, STREAM_SECRET, streamPort);
        Runtime.getRuntime().addShutdownHook(new Thread(stream::close));

        Map<String, Object> settings = Map.of(
                "spring.datasource.url",
                db.url(),
                "spring.datasource.username",
                db.username(),
                "spring.datasource.password",
                db.password(),
                "stream.api-key",
                STREAM_KEY,
                "stream.api-secret",
                STREAM_SECRET,
                "stream.base-url",
                stream.baseUrl().toString(),
                "peerloop.jwt.secret",
                JWT_SECRET,
                "peerloop.jwt.issuer",
                TestJwts.ISSUER,
                "peerloop.jwt.audience",
                TestJwts.AUDIENCE);
        settings.forEach((key, value) -> System.setProperty(key, value.toString()));
        try {
            SpringApplication.from(GatewayApplication::main)
                    .with(LocalModeConfiguration.class)
                    .withAdditionalProfiles("local")
                    .run(args);
        } catch (RuntimeException e) {
            // The stand-in's server threads would keep the JVM alive after a failed start.
            stream.close();
            throw e;
        }
    }
}
