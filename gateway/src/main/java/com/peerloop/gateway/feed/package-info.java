/**
 * The gated feed, activity, reaction, comment and follow endpoints, and the shared page reads.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "access",
            "auth",
            "ids",
            "moderation",
            "notification",
            "safety",
            "stream",
            "web",
            "webhook"
        })
package com.peerloop.gateway.feed;
