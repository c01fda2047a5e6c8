/**
 * {@code POST /api/stream/token}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"auth", "stream"})
package com.peerloop.gateway.streamtoken;
