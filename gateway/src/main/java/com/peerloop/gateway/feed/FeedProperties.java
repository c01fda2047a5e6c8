package com.peerloop.gateway.feed;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Feed read settings ({@code PEERLOOP_FEED_*}).
 *
 * @param readFreshness how long a page read from Stream is served again to other readers of the same
 *                      page ({@code 0s}: never; identical concurrent reads still share one Stream call).
 *                      Writes through this instance make the feed's pages stale at once.
 * @param bookmarkersTtl how long the set of users who bookmarked anything is reused: a reader outside it is
 *                      answered {@code bookmarked: false} without a query. A bookmark made through another
 *                      instance shows within this time.
 */
@Validated
@ConfigurationProperties("peerloop.feed")
record FeedProperties(
        @NotNull @DefaultValue("1s") Duration readFreshness,
        @NotNull @DefaultValue("10s") Duration bookmarkersTtl) {}
