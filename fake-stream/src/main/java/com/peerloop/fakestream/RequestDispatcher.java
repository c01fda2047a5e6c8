package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers every HTTP exchange: delay, injected fault, routing, authentication, the operation's input rules
 * ({@link InputValidator}), handler under the state lock, then records the request with its final status. A
 * failed request never reaches a handler, so it changes no state.
 */
final class RequestDispatcher implements HttpHandler {

    static final String DURATION = "0.10ms";

    private final RouteTable routes;
    private final TokenVerifier tokens;
    private final FakeStreamState state;
    private final Faults faults;
    private final RequestLog log;

    RequestDispatcher(RouteTable routes, TokenVerifier tokens, FakeStreamState state, Faults faults, RequestLog log) {
        this.routes = routes;
        this.tokens = tokens;
        this.state = state;
        this.faults = faults;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long arrival = log.arrived();
        try {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            List<String> path = UrlParts.pathSegments(exchange.getRequestURI().getRawPath());
            Map<String, String> query = UrlParts.query(exchange.getRequestURI().getRawQuery());
            Map<String, String> headers = headers(exchange);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Optional<RouteTable.Match> match = routes.match(method, path);
            String operation = match.map(m -> m.route().operation()).orElse("unknown");

            int status = 200;
            ObjectNode answer;
            int injected = 0;
            try {
                pause(faults.delay());
                injected = faults.statusFor(operation);
                answer = answer(match, query, headers, body, operation, injected);
            } catch (StreamError e) {
                status = e.status();
                answer = e.body();
            } catch (RuntimeException e) {
                e.printStackTrace();
                StreamError error = new StreamError(500, -1, "fake Stream bug: " + e);
                status = error.status();
                answer = error.body();
            }
            boolean write = match.map(m -> m.route().write()).orElse(false);
            byte[] bytes = Json.MAPPER.writeValueAsBytes(answer);
            log.record(
                    arrival,
                    new RecordedRequest(
                            method,
                            "/" + String.join("/", path),
                            query,
                            headers,
                            body,
                            operation,
                            write,
                            status,
                            Credentials.kind(headers.get("authorization")),
                            injected != 0,
                            new String(bytes, StandardCharsets.UTF_8)));
            send(exchange, status, bytes);
        } finally {
            log.left();
            exchange.close();
        }
    }

    private ObjectNode answer(
            Optional<RouteTable.Match> match,
            Map<String, String> query,
            Map<String, String> headers,
            String body,
            String operation,
            int injected) {
        if (injected != 0) {
            throw StreamError.forStatus(injected);
        }
        RouteTable.Match found = match.orElseThrow(() -> StreamError.notFound("no such endpoint in the fake"));
        String userId = tokens.authenticate(
                query.get("api_key"),
                headers.get("stream-auth-type"),
                headers.get("authorization"),
                found.route().userTokens());
        ObjectNode json = Json.parseObject(body);
        InputValidator.check(operation, query, json);
        Call call = new Call(found.params(), query, json, userId);
        synchronized (state.lock()) {
            ObjectNode result = found.route().handler().handle(call);
            result.put("duration", DURATION);
            return result;
        }
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return headers;
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        if (status < 300) {
            long reset = Instant.now().plusSeconds(60).getEpochSecond();
            exchange.getResponseHeaders().set("X-Ratelimit-Limit", "10000");
            exchange.getResponseHeaders().set("X-Ratelimit-Remaining", "9999");
            exchange.getResponseHeaders().set("X-Ratelimit-Reset", Long.toString(reset));
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
