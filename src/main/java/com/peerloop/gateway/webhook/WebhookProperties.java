package com.peerloop.gateway.webhook;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Stream webhook receiver settings ({@code PEERLOOP_WEBHOOK_*}). The key and secret that authenticate
 * a delivery are Stream's ({@code STREAM_API_KEY}, {@code STREAM_API_SECRET}).
 *
 * @param maxBodySize largest delivery accepted, both as sent and after gzip decompression
 */
@Validated
@ConfigurationProperties("peerloop.webhook")
record WebhookProperties(@NotNull @DefaultValue("1MB") DataSize maxBodySize) {}
