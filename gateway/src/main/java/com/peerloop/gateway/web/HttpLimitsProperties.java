package com.peerloop.gateway.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Request size limits ({@code PEERLOOP_HTTP_*}).
 *
 * @param maxBodySize largest request body accepted by the API (the webhook has its own, larger limit)
 */
@Validated
@ConfigurationProperties("peerloop.http")
record HttpLimitsProperties(@NotNull @DefaultValue("64KB") DataSize maxBodySize) {}
