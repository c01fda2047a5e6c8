/**
 * PeerLoop's records (courses, teachers, enrollments, purchases): their tables, the internal API that
 * writes them, and the {@link com.peerloop.gateway.records.RecordChanged} events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"auth", "personaldata", "web"})
package com.peerloop.gateway.records;
