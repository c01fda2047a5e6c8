package com.peerloop.gateway.safety;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code user_blocks} table. Each statement commits alone. */
@Repository
class BlockStore {

    record Row(String blockedId, Instant createdAt) {}

    private final JdbcClient jdbc;

    BlockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the block; a repeat keeps the first and its time. */
    void add(String blockerId, String blockedId, Instant at) {
        jdbc.sql("""
                        insert into user_blocks (blocker_id, blocked_id, created_at)
                        values (:blocker, :blocked, :at)
                        on conflict do nothing""")
                .param("blocker", blockerId)
                .param("blocked", blockedId)
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    void remove(String blockerId, String blockedId) {
        jdbc.sql("delete from user_blocks where blocker_id = :blocker and blocked_id = :blocked")
                .param("blocker", blockerId)
                .param("blocked", blockedId)
                .update();
    }

    /** Every user who has blocked someone (few, in practice). */
    java.util.Set<String> blockers() {
        return java.util.Set.copyOf(jdbc.sql("select distinct blocker_id from user_blocks")
                .query(String.class)
                .list());
    }

    /** The users this one has blocked, oldest block first. */
    List<Row> blockedBy(String blockerId) {
        return jdbc.sql("""
                        select blocked_id, created_at from user_blocks
                         where blocker_id = :blocker order by created_at, blocked_id""")
                .param("blocker", blockerId)
                .query((rs, n) -> new Row(
                        rs.getString("blocked_id"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
