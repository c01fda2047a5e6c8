/**
 * When background work that failed is tried again, and when it is given up: the one retry schedule of the
 * outbox worker, the webhook effect poller and the erasure and export jobs. Depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package com.peerloop.gateway.retry;
