/**
 * The outbox and its worker: Stream's follows and feed memberships kept in step with the records, and
 * the feed groups provisioned at start.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"ids", "personaldata", "records", "retry", "stream", "web"})
package com.peerloop.gateway.sync;
