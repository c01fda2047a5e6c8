/**
 * The access policy: the one place that answers whether a user may read, post or delete in a feed,
 * and its cached look-ups of the records it decides on. Its named interface {@code feeds} is the feed
 * reference ({@link com.peerloop.gateway.access.Feed}, {@link com.peerloop.gateway.access.FeedGroup}) that
 * the other modules, Stream's adapter included, name feeds with.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"auth", "records", "web"})
package com.peerloop.gateway.access;
