/**
 * People's safety: reports of activities and comments with each feed's review queue, and blocks between
 * users. What a report points at is looked up, and removed, through {@link
 * com.peerloop.gateway.safety.ReportableContent}, which the feed module provides; other modules ask {@link
 * com.peerloop.gateway.safety.Blocks} whom a user has blocked.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"access", "audit", "auth", "ids", "paging", "personaldata", "stream", "web"})
package com.peerloop.gateway.safety;
