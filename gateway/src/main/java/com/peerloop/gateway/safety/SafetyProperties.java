package com.peerloop.gateway.safety;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reports and blocks ({@code PEERLOOP_SAFETY_*}).
 *
 * @param flagRetryInterval how often reports Stream has not yet been told about are flagged again
 * @param maxFlagAttempts   after this many failed attempts a report's flag is given up (it stays in the
 *                          gateway's review queue either way)
 * @param blockCacheTtl     how long this instance reuses a user's block list read from the database (another
 *                          instance's change is seen within this time; this instance's at once)
 */
@Validated
@ConfigurationProperties("peerloop.safety")
record SafetyProperties(
        @NotNull @DefaultValue("30s") Duration flagRetryInterval,
        @DefaultValue("10") @Min(1) int maxFlagAttempts,
        @NotNull @DefaultValue("10s") Duration blockCacheTtl) {}
