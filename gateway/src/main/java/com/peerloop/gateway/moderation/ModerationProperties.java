package com.peerloop.gateway.moderation;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the moderation rules live ({@code PEERLOOP_MODERATION_*}).
 *
 * @param rulesFile      YAML file of the rules; when it does not exist the built-in rules apply
 * @param reloadInterval how often the file's modification time is checked
 */
@Validated
@ConfigurationProperties("peerloop.moderation")
record ModerationProperties(
        @NotNull @DefaultValue("config/moderation-rules.yml")
        Path rulesFile,

        @NotNull @DurationMin(nanos = 0, inclusive = false, message = "must be a positive duration") @DefaultValue("5s")
        Duration reloadInterval) {}
