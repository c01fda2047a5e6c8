/**
 * PeerLoop JWT verification (Spring Security's resource server), the
 * {@link com.peerloop.gateway.auth.PeerLoopUser} principal, the API filter chain and its problem-shaped 401/403.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"ids", "web"})
package com.peerloop.gateway.auth;
