/**
 * The opaque cursor codec ({@link com.peerloop.gateway.paging.Cursors}) that every paged listing writes and
 * reads its {@code next} with.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package com.peerloop.gateway.paging;
