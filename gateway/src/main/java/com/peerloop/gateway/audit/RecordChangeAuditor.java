package com.peerloop.gateway.audit;

import com.peerloop.gateway.records.RecordChanged;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits every change of PeerLoop's records. The event is published inside the change's transaction,
 * so the entry commits or rolls back with it.
 */
@Component
class RecordChangeAuditor {

    private final AuditTrail audit;

    RecordChangeAuditor(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void changed(RecordChanged change) {
        audit.record(new AuditEntry(
                change.actorId(),
                "records." + change.kind().name().toLowerCase(Locale.ROOT),
                change.target(),
                null,
                change.requestId()));
    }
}
