package com.peerloop.bench;

import com.peerloop.fakestream.FakeStream;
import com.peerloop.testsupport.TestDatabase;
import com.peerloop.testsupport.TestJwts;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * The benchmark's upstreams in one JVM, apart from the gateway under test: an embedded PostgreSQL 17 and the
 * fake Stream with a fixed answer delay, plus a small control server on loopback that reports how many
 * requests of an operation the fake answered ({@code GET /requests/{operation}}) and forgets them
 * ({@code POST /requests/clear}). Writes where everything is to {@code --out} and runs until killed.
 */
public final class BenchEnvironment {

    private BenchEnvironment() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(option(args, "out", "target/bench/environment.properties"));
        Duration delay = Duration.ofMillis(Long.parseLong(option(args, "delay-ms", "10")));
        if (System.getProperty("peerloop.test.db") == null && System.getenv("PEERLOOP_TEST_DB") == null) {
            System.setProperty("peerloop.test.db", "embedded");
        }
        TestDatabase.Settings db = TestDatabase.newDatabase();
        String key = "bench-" + Long.toHexString(System.nanoTime());
        FakeStream stream = FakeStream.start(key, TestJwts.randomSecret());
        stream.delay(delay);
        HttpServer control = control(stream);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            control.stop(0);
            stream.close();
        }));

        Properties p = new Properties();
        p.setProperty("db.url", db.url());
        p.setProperty("db.username", db.username());
        p.setProperty("db.password", db.password());
        p.setProperty("stream.baseUrl", stream.baseUrl().toString());
        p.setProperty("stream.apiKey", stream.apiKey());
        p.setProperty("stream.apiSecret", stream.apiSecret());
        p.setProperty("stream.delayMs", Long.toString(delay.toMillis()));
        p.setProperty("control.url", "http://127.0.0.1:" + control.getAddress().getPort());
        p.setProperty("jwt.secret", TestJwts.randomSecret());
        p.setProperty("jwt.issuer", TestJwts.ISSUER);
        p.setProperty("jwt.audience", TestJwts.AUDIENCE);
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(partial)) {
            p.store(file, "bench environment; secrets here protect nothing but this loopback run");
        }
        Files.move(partial, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("bench environment ready: stream " + stream.baseUrl() + " (delay " + delay.toMillis()
                + " ms), database " + db.url() + ", control " + p.getProperty("control.url"));
        Thread.currentThread().join();
    }

    private static HttpServer control(FakeStream stream) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/requests/", exchange -> {
            String operation = exchange.getRequestURI().getPath().substring("/requests/".length());
            if ("POST".equals(exchange.getRequestMethod()) && "clear".equals(operation)) {
                stream.clearRequests();
                answer(exchange, "cleared");
            } else {
                answer(exchange, Integer.toString(stream.requests(operation).size()));
            }
        });
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, String text) {
        try {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            exchange.close();
        }
    }

    static String option(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }
}
