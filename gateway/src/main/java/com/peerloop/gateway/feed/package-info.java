/**
 * The gated feed, activity, reaction, comment, follow, pin and bookmark endpoints, the shared page reads and
 * the index of bookmarks.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "access",
            "auth",
            "ids",
            "moderation",
            "notification",
            "paging",
            "personaldata",
            "safety",
            "stream",
            "web",
            "webhook"
        })
package com.peerloop.gateway.feed;
