/**
 * Application-wide settings: the clock, the scheduler, and start-up errors that name the environment
 * variable.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package com.peerloop.gateway.settings;
