/**
 * Cross-cutting HTTP concerns: problem responses, request ids, the request log, body limits and
 * identifier rules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"ids", "stream"})
package com.peerloop.gateway.web;
