package com.peerloop.gateway.revocation;

import com.peerloop.gateway.audit.AuditEntry;
import com.peerloop.gateway.audit.AuditTrail;
import com.peerloop.gateway.stream.StreamFailure;
import com.peerloop.gateway.stream.StreamUsers;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Revokes tokens in two steps: first the gateway's cut-off and its audit entry, in one short
 * transaction (from then on every instance refuses older PeerLoop JWTs); then Stream, outside any
 * transaction. If Stream fails, the gateway's revocation still holds and the caller gets a 503; calling
 * again is safe, since cut-offs only move forward and Stream's field is simply set again.
 */
@Service
class TokenRevocations implements UserRevocations {

    static final String REVOKE_USER = "tokens.revoke_user";
    static final String REVOKE_ALL = "tokens.revoke_all";

    private static final Logger log = LoggerFactory.getLogger(TokenRevocations.class);

    private final RevocationStore store;
    private final RevocationCache cache;
    private final AuditTrail audit;
    private final StreamUsers stream;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TokenRevocations(
            RevocationStore store,
            RevocationCache cache,
            AuditTrail audit,
            StreamUsers stream,
            TransactionTemplate transaction,
            Clock clock) {
        this.store = store;
        this.cache = cache;
        this.audit = audit;
        this.stream = stream;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Refuses the user's tokens issued before now; returns the gateway's cut-off. */
    Instant revokeUser(String actorId, String userId, String reason, String requestId) {
        Instant cutoff = persist(userId, new AuditEntry(actorId, REVOKE_USER, "user:" + userId, reason, requestId));
        log.info("tokens revoked at the gateway: userId={} revokedBefore={} actorId={}", userId, cutoff, actorId);
        atStream(() -> stream.revokeTokens(userId, cutoff), "userId=" + userId);
        return cutoff;
    }

    /**
     * Refuses the user's tokens issued before {@code asOf} (to the second), once: when the user's cut-off
     * is already there or later, nothing is written at the gateway, and only Stream is told again (with the
     * cut-off in place), so a repeat after a failure at Stream adds no second audit entry.
     */
    @Override
    public Instant revokeUserOnce(String actorId, String userId, Instant asOf, String reason, String requestId) {
        Instant wanted = asOf.truncatedTo(ChronoUnit.SECONDS);
        Optional<Instant> inPlace = store.cutoff(userId).filter(c -> !c.isBefore(wanted));
        Instant cutoff = inPlace.orElseGet(() ->
                persist(userId, new AuditEntry(actorId, REVOKE_USER, "user:" + userId, reason, requestId), wanted));
        log.info(
                "tokens revoked at the gateway: userId={} revokedBefore={} actorId={} alreadyInPlace={}",
                userId,
                cutoff,
                actorId,
                inPlace.isPresent());
        atStream(() -> stream.revokeTokens(userId, cutoff), "userId=" + userId);
        return cutoff;
    }

    /** Refuses every user's tokens issued before now; returns the gateway's cut-off. */
    Instant revokeAll(String actorId, String reason, String requestId) {
        Instant cutoff =
                persist(RevocationStore.EVERYONE, new AuditEntry(actorId, REVOKE_ALL, "app", reason, requestId));
        log.info("all tokens revoked at the gateway: revokedBefore={} actorId={}", cutoff, actorId);
        atStream(() -> stream.revokeAllTokens(cutoff), "scope=app");
        return cutoff;
    }

    /** JWT {@code iat} has whole seconds: the cut-off is this second, and tokens of this second stay valid. */
    private Instant persist(String subject, AuditEntry entry) {
        return persist(subject, entry, clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    private Instant persist(String subject, AuditEntry entry, Instant now) {
        Instant cutoff = transaction.execute(tx -> {
            audit.record(entry);
            return store.raise(subject, now);
        });
        cache.raised(subject, cutoff); // no need to wait for our own notification
        return cutoff;
    }

    private static void atStream(Runnable call, String scope) {
        try {
            call.run();
        } catch (StreamFailure e) {
            log.warn(
                    "tokens revoked at the gateway but not yet at Stream; repeat the call: {} code={}",
                    scope,
                    e.kind().code());
            throw e;
        }
    }
}
