/**
 * The append-only audit log: {@link com.peerloop.gateway.audit.AuditTrail} for every module that performs
 * an auditable action, {@code GET /api/admin/audit}, and the audited refusals of {@code /api/admin/**}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"auth", "paging", "personaldata", "records", "web"})
package com.peerloop.gateway.audit;
