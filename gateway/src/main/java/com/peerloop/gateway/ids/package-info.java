/**
 * How the gateway's modules name things: the contract's identifier rule
 * ({@link com.peerloop.gateway.ids.Identifiers}) and the feed reference ({@link com.peerloop.gateway.ids.Feed},
 * {@link com.peerloop.gateway.ids.FeedGroup}) that access, feed, stream and sync pass between them, with the
 * contract's fixed facts about each group.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package com.peerloop.gateway.ids;
