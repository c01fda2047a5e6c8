/**
 * The course feeds' moderation rules, read from a file and reloaded when it changes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"web"})
package com.peerloop.gateway.moderation;
