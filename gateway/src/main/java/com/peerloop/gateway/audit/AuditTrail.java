package com.peerloop.gateway.audit;

/**
 * The append-only audit log, for every package that performs an auditable action (admin calls, record
 * changes). Entries can be added, never changed or removed; the database refuses it too.
 */
public interface AuditTrail {

    /**
     * Appends the entry, stamped with the current time. Joins the caller's transaction when there is
     * one, so that the entry commits or rolls back together with the change it describes.
     */
    void record(AuditEntry entry);
}
