/**
 * Token revocation at the gateway and at Stream: the cut-offs, their cache kept in step across
 * instances, the JWT validator that enforces them, and the admin's revocation endpoints.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"audit", "auth", "ids", "stream", "web", "webhook"})
package com.peerloop.gateway.revocation;
