package com.peerloop.gateway.settings;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the {@code @Scheduled} methods (the webhook effect poller, the outbox worker's poll, the feed group
 * provisioning's retries, the moderation rules watcher, the rate limit bucket cleaner) on Spring Boot's
 * task scheduler.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {}
