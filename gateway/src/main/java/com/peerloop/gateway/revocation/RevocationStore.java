package com.peerloop.gateway.revocation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The revocation cut-offs in {@code token_revocations}: one per user, and one for everyone under
 * {@link #EVERYONE}. Every change is announced on the {@link #CHANNEL} notification channel when its
 * transaction commits, so that every instance can update its cache.
 */
@Repository
class RevocationStore {

    /** The subject of the app-wide cut-off; not a valid user id, so it cannot clash with one. */
    static final String EVERYONE = "*";

    static final String CHANNEL = "token_revocations";

    private final JdbcClient jdbc;

    RevocationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Moves the subject's cut-off forward to {@code cutoff} (never backward) and announces it.
     * Call it in a transaction: the announcement is sent on commit.
     *
     * @return the cut-off now stored
     */
    Instant raise(String subject, Instant cutoff) {
        OffsetDateTime stored = jdbc.sql("""
                INSERT INTO token_revocations (subject, revoked_before) VALUES (:subject, :cutoff)
                ON CONFLICT (subject) DO UPDATE
                SET revoked_before = GREATEST(token_revocations.revoked_before, EXCLUDED.revoked_before)
                RETURNING revoked_before""")
                .param("subject", subject)
                .param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .query(OffsetDateTime.class)
                .single();
        jdbc.sql("SELECT pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", RevocationNotice.payload(subject, stored.toInstant()))
                .query()
                .listOfRows();
        return stored.toInstant();
    }

    Optional<Instant> cutoff(String subject) {
        return jdbc.sql("SELECT revoked_before FROM token_revocations WHERE subject = :subject")
                .param("subject", subject)
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }
}
