/**
 * The access policy: the one place that answers whether a user may read, post or delete in a feed,
 * and its cached look-ups of the records it decides on.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"auth", "ids", "records", "web"})
package com.peerloop.gateway.access;
