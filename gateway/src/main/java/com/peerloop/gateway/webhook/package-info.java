/**
 * The Stream webhook receiver ({@code POST /api/stream/webhook}, its own filter chain), the stored
 * events and their effects, and the admin's listing of them.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"audit", "auth", "ids", "paging", "personaldata", "retry", "stream", "web"})
package com.peerloop.gateway.webhook;
