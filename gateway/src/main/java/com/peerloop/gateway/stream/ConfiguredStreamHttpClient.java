package com.peerloop.gateway.stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.getstream.services.framework.StreamHTTPClient;
import io.micrometer.core.instrument.binder.okhttp3.OkHttpObservationInterceptor;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The SDK's HTTP client with four of 4.1.1's defaults replaced. Every SDK request asks the client for
 * its base URL, OkHttp client and ObjectMapper, so overriding those getters is enough:
 * <ul>
 * <li>the base URL is ours (the key/secret constructor always uses Stream's public host);</li>
 * <li>calls are bounded by our timeout and share a larger connection pool;</li>
 * <li>unset request fields are left out instead of being sent as explicit nulls, which Stream reads as
 * "reset this setting";</li>
 * <li>timestamps in answers are read by {@link StreamTimestamps}, safe to use from many threads.</li>
 * </ul>
 * Every HTTP exchange is also observed ({@code stream.http.requests}): it becomes a client span of the
 * current trace and carries W3C {@code traceparent} to Stream.
 */
final class ConfiguredStreamHttpClient extends StreamHTTPClient {

    private final String baseUrl;
    private final OkHttpClient http;
    private final ObjectMapper mapper;

    ConfiguredStreamHttpClient(
            String apiKey, String apiSecret, URI baseUrl, Duration timeout, ObservationRegistry observations) {
        super(apiKey, apiSecret);
        String url = baseUrl != null && !baseUrl.toString().isBlank() ? baseUrl.toString() : super.getBaseUrl();
        this.baseUrl = url.endsWith("/") ? url : url + "/";
        this.http = super.getHttpClient()
                .newBuilder()
                .callTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                // Idle connections are closed after 20 s, sooner than servers and load balancers commonly close
                // them (30 s, 60 s): OkHttp checks a reused connection for a GET less thoroughly than for a write,
                // so a GET could otherwise meet a connection the other side has already closed.
                .connectionPool(new ConnectionPool(64, 20, TimeUnit.SECONDS))
                .retryOnConnectionFailure(false)
                // the uri tag stays "none": paths carry ids, which would explode the metric's series
                .addInterceptor(OkHttpObservationInterceptor.builder(observations, "stream.http.requests")
                        .build())
                .build();
        this.mapper = super.getObjectMapper()
                .copy()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .registerModule(StreamTimestamps.module());
    }

    @Override
    public String getBaseUrl() {
        return baseUrl;
    }

    @Override
    public OkHttpClient getHttpClient() {
        return http;
    }

    @Override
    public ObjectMapper getObjectMapper() {
        return mapper;
    }
}
