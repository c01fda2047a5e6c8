/**
 * The only user of the Stream SDK, behind the gateway's own interfaces
 * ({@link com.peerloop.gateway.stream.FeedStore}, {@link com.peerloop.gateway.stream.StreamUsers} and friends).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"ids", "paging"})
package com.peerloop.gateway.stream;
