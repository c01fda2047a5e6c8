package com.peerloop.gateway.access;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Caching of access look-ups ({@code PEERLOOP_ACCESS_*}).
 *
 * @param cacheTtl  how long a look-up is reused; it bounds how late another instance sees a drop or
 *                  refund (the instance that records one sees it at once). {@code 0s} disables the cache.
 * @param cacheSize the most look-ups kept
 */
@Validated
@ConfigurationProperties("peerloop.access")
record AccessProperties(
        @NotNull @DefaultValue("5s") Duration cacheTtl,
        @Positive @DefaultValue("200000") long cacheSize) {}
