package com.peerloop.gateway.revocation;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Revocation checks ({@code PEERLOOP_REVOCATION_*}).
 *
 * @param cacheTtl how long a cut-off read from the database is reused without a notification; a safety
 *                 net only, since every revocation is pushed to all instances at once
 */
@Validated
@ConfigurationProperties("peerloop.revocation")
record RevocationProperties(
        @NotNull
        @DurationMin(nanos = 0, inclusive = false, message = "must be a positive duration")
        @DefaultValue("30s")
        Duration cacheTtl) {}
