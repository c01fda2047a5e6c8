package com.peerloop.gateway.notification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notification settings ({@code PEERLOOP_NOTIFICATIONS_*}).
 *
 * @param statusCacheTtl   how long a user's badge counts are served again without asking Stream ({@code 0s}:
 *                         never); a mark and every notification this instance causes drop them at once
 * @param statusCacheSize  most users' badge counts kept per instance
 */
@Validated
@ConfigurationProperties("peerloop.notifications")
record NotificationProperties(
        @NotNull @DefaultValue("5s") Duration statusCacheTtl,
        @Min(1) @DefaultValue("100000") long statusCacheSize) {}
