package com.peerloop.gateway.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The adaptive concurrency limit in front of the API ({@code PEERLOOP_LOAD_SHEDDING_*}). The limit moves
 * between {@code minLimit} and {@code maxLimit} with the latency the gateway measures; requests beyond it are
 * answered {@code 503 unavailable} at once instead of queueing.
 *
 * @param enabled      whether requests are limited at all
 * @param initialLimit concurrent requests allowed at start
 * @param minLimit     the limit never falls below this: so many requests at once are never refused. A busy but
 *                     healthy instance runs a few at once (rate × latency: 500/s × 13 ms ≈ 7) and up to the
 *                     number of clients that send back to back; the higher the floor, the more work an overload
 *                     admits before the excess is refused, and the longer the refusals wait for a core
 * @param maxLimit     the limit never rises above this (keep it well below {@code server.tomcat.max-connections})
 * @param rttTolerance how many times the long-run latency the recent latency may reach before the limit falls
 */
@Validated
@ConfigurationProperties("peerloop.load-shedding")
record LoadSheddingProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("60") @Min(1) int initialLimit,
        @DefaultValue("32") @Min(1) int minLimit,
        @DefaultValue("180") @Min(1) int maxLimit,
        @DefaultValue("2.0") @DecimalMin("1.0") double rttTolerance) {}
