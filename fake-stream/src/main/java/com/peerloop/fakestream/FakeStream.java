package com.peerloop.fakestream;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A stateful fake of Stream's Activity Feeds v3 HTTP API, as spoken by {@code io.getstream:stream-sdk-java:4.1.1},
 * listening on 127.0.0.1. Point the SDK at {@link #baseUrl()} (subclass {@code StreamHTTPClient} and override
 * {@code getBaseUrl()}) and use the same key and secret.
 *
 * <p>Operation names and the write rule: every route has a stable camelCase {@code operation}. Operations whose
 * name starts with {@code get}, {@code query} or {@code list} are reads; all others are writes. So
 * {@code getOrCreateFeed} and {@code getOrCreateFeedGroup} count as reads even when they create something; the
 * follow upserts {@code getOrCreateFollows} and {@code getOrCreateUnfollows} are the exceptions and count as writes.
 *
 * <p>All methods are thread-safe. JSON {@code null} in request bodies is treated as absent everywhere.
 */
public final class FakeStream implements AutoCloseable {

    /**
     * The {@code X-Stream-Client} header value of a test's own server-side Stream client: its refused requests are
     * the test's business, not the gateway's, so {@link #takeUnexpectedRefusals()} leaves them out.
     */
    public static final String TEST_CLIENT = "peerloop-test-client";

    private final String apiKey;
    private final String apiSecret;
    private final FakeStreamState state = new FakeStreamState(Clock.systemUTC());
    private final Faults faults = new Faults();
    private final RequestLog log = new RequestLog();
    private final TokenVerifier tokens;
    private final HttpServerHost host;

    private FakeStream(String apiKey, String apiSecret, int port) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey is required");
        }
        if (apiSecret == null || apiSecret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("apiSecret must have at least 32 bytes (HS256, as the SDK requires)");
        }
        this.apiKey = apiKey;
        this.apiSecret = apiSecret;
        this.tokens = new TokenVerifier(apiKey, apiSecret, state);
        this.host = new HttpServerHost(
                port, new RequestDispatcher(Routes.all(state, apiKey, faults), tokens, state, faults, log));
    }

    /** Starts the fake on 127.0.0.1 on an ephemeral port. The secret must have at least 32 bytes. */
    public static FakeStream start(String apiKey, String apiSecret) {
        return start(apiKey, apiSecret, 0);
    }

    /** Starts the fake on 127.0.0.1 on {@code port} (0 = ephemeral). The secret must have at least 32 bytes. */
    public static FakeStream start(String apiKey, String apiSecret, int port) {
        return new FakeStream(apiKey, apiSecret, port);
    }

    /** {@code http://127.0.0.1:<port>/} — pass it to the SDK as the base URL. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + host.port() + "/");
    }

    public int port() {
        return host.port();
    }

    public String apiKey() {
        return apiKey;
    }

    public String apiSecret() {
        return apiSecret;
    }

    /** Stops the server; in-flight requests are abandoned. */
    @Override
    public void close() {
        host.close();
    }

    /** Every answered request (failed ones included) in arrival order. */
    public List<RecordedRequest> requests() {
        return log.all();
    }

    /** The answered requests of one operation, e.g. {@code "addActivity"}, in arrival order. */
    public List<RecordedRequest> requests(String operation) {
        return log.all().stream()
                .filter(request -> request.operation().equals(operation))
                .toList();
    }

    /** How many recorded requests were for a write operation, whatever their status (attempts count). */
    public long writeCount() {
        return log.all().stream().filter(RecordedRequest::write).count();
    }

    /** Requests that have arrived and are not answered yet (e.g. waiting out {@link #delay}). */
    public int requestsInProgress() {
        return log.inProgress();
    }

    public void clearRequests() {
        log.clear();
    }

    /** Back to a fresh app: state reseeded, requests cleared, faults and delay healed. */
    public void reset() {
        state.reset();
        log.clear();
        faults.heal();
    }

    /** The next {@code count} requests (any operation) fail with {@code httpStatus} and Stream's error JSON. */
    public void failNext(int count, int httpStatus) {
        faults.failNext(null, count, httpStatus);
    }

    /** The next {@code count} requests of {@code operation} fail with {@code httpStatus}. */
    public void failNext(String operation, int count, int httpStatus) {
        faults.failNext(operation, count, httpStatus);
    }

    /**
     * The next {@code count} asynchronous tasks started by {@code operation} ({@code deleteFeedUserData},
     * {@code exportFeedUserData}, {@code deleteUsers}) are accepted with a {@code task_id} but finish
     * {@code failed}, having changed nothing; later tasks succeed. Cleared by {@link #heal()}.
     */
    public void failNextTasks(String operation, int count) {
        faults.failNextTasks(operation, count);
    }

    /** Every request fails with {@code httpStatus} until {@link #heal()}. */
    public void failAlways(int httpStatus) {
        faults.failAlways(null, httpStatus);
    }

    /** Every request of {@code operation} fails with {@code httpStatus} until {@link #heal()}. */
    public void failAlways(String operation, int httpStatus) {
        faults.failAlways(operation, httpStatus);
    }

    /** Every request is answered 429 with code 9 "Too many requests" until {@link #heal()}. */
    public void rateLimitAlways() {
        failAlways(429);
    }

    /** Every request of {@code operation} is answered 429 / code 9 until {@link #heal()}. */
    public void rateLimitAlways(String operation) {
        failAlways(operation, 429);
    }

    /** Fixed latency added before every answer (default zero; {@code null} or negative means zero). */
    public void delay(Duration delay) {
        faults.delay(delay);
    }

    /** Clears every injected failure and the delay. */
    public void heal() {
        faults.heal();
    }

    /**
     * Declares that refusals (4xx) of these operations, e.g. {@code "updateUsersPartial"}, are provoked by the
     * current test, so {@link #takeUnexpectedRefusals()} does not report them. Lasts until that call.
     */
    public void expectRefusals(String... operations) {
        log.refusals().expect(List.of(operations));
    }

    /**
     * The 4xx answers given since the last call to server-authenticated requests (the gateway's) that were
     * neither injected ({@link #failNext}, {@link #failAlways}, {@link #rateLimitAlways}) nor of an operation
     * declared with {@link #expectRefusals}, nor sent by a {@link #TEST_CLIENT}. Clears them and the
     * declarations; {@link #clearRequests()} and {@link #reset()} do not.
     */
    public List<RecordedRequest> takeUnexpectedRefusals() {
        return log.refusals().takeUnexpected();
    }

    /** The fake's state, for assertions and for creating drift. */
    public FakeStreamState state() {
        return state;
    }

    /**
     * Whether Stream would accept this user token: HS256 signature with the secret, a {@code user_id} claim, not
     * expired, and {@code iat} not before the user's or the app's {@code revoke_tokens_issued_before} (a token
     * without {@code iat} is refused once any revocation applies).
     */
    public boolean acceptsUserToken(String userJwt) {
        return tokens.userTokenProblem(userJwt).isEmpty();
    }

    /**
     * Runs the fake until the JVM is killed. Arguments (each also readable as a system property):
     * {@code --port=} ({@code fakestream.port}, default 8089), {@code --api-key=} ({@code fakestream.apiKey}),
     * {@code --api-secret=} ({@code fakestream.apiSecret}), {@code --delay-ms=} ({@code fakestream.delayMs}).
     */
    public static void main(String[] args) throws InterruptedException {
        StandaloneOptions options = StandaloneOptions.parse(args, System.getProperties());
        FakeStream fake = start(options.apiKey(), options.apiSecret(), options.port());
        fake.delay(options.delay());
        Runtime.getRuntime().addShutdownHook(new Thread(fake::close));
        System.out.println("Fake Stream listening on " + fake.baseUrl() + " (api key " + fake.apiKey() + ")");
        Thread.currentThread().join();
    }
}
