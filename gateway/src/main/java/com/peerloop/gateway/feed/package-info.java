/**
 * The gated feed, activity, reaction, comment and follow endpoints, and the shared page reads.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"access", "auth", "ids", "moderation", "paging", "stream", "web", "webhook"})
package com.peerloop.gateway.feed;
