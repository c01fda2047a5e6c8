/**
 * Per-user request limits, shared by all instances through PostgreSQL.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"auth", "personaldata", "web"})
package com.peerloop.gateway.ratelimit;
