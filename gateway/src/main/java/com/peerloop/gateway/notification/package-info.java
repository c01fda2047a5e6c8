/**
 * Notifications: who is notified of what (one decision, on the access policy), the gateway's own notification
 * writes, and the caller's grouped notifications, badge and read/seen marks.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"access", "auth", "ids", "paging", "safety", "stream", "web"})
package com.peerloop.gateway.notification;
