/**
 * Erasure and export of one user's data, for admins: {@code /api/admin/users/{userId}/erase|export} and
 * {@code /api/admin/jobs/{jobId}}, jobs in PostgreSQL worked on step by step by every instance, calling Stream's
 * user data operations and every module's {@link com.peerloop.gateway.personaldata.PersonalData}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"audit", "auth", "personaldata", "retry", "revocation", "stream", "web"})
package com.peerloop.gateway.privacy;
