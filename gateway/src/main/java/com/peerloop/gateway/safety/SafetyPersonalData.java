package com.peerloop.gateway.safety;

import com.peerloop.gateway.personaldata.Erasure;
import com.peerloop.gateway.personaldata.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What this module keeps about a user: the reports they filed, the reports about what they wrote, and blocks
 * they made or received. An erasure deletes the reports they filed and every block they are part of; reports
 * about their content lose the author's id (the reports stay with the feed's moderators, who reviewed or will
 * review content that Stream's erasure has removed). An export lists all of it.
 */
@Component
class SafetyPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final Blocks blocks;

    SafetyPersonalData(JdbcClient jdbc, Blocks blocks) {
        this.jdbc = jdbc;
        this.blocks = blocks;
    }

    @Override
    public String name() {
        return "safety";
    }

    @Override
    public Phase phase() {
        return Phase.KEPT;
    }

    @Override
    public Map<String, Object> export(String userId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(
                "reportsFiled",
                jdbc.sql("""
                                select id, target_type, target_id, feed, reason, details, state, created_at
                                  from reports where reporter_id = :user order by created_at""")
                        .param("user", userId)
                        .query((rs, n) -> row(
                                "id", rs.getString("id"),
                                "target", rs.getString("target_type") + ":" + rs.getString("target_id"),
                                "feed", rs.getString("feed"),
                                "reason", rs.getString("reason"),
                                "details", rs.getString("details"),
                                "state", rs.getString("state"),
                                "createdAt",
                                        rs.getTimestamp("created_at")
                                                .toInstant()
                                                .toString()))
                        .list());
        out.put(
                "reportsAboutTheirContent",
                jdbc.sql("select count(*) from reports where author_id = :user")
                        .param("user", userId)
                        .query(Long.class)
                        .single());
        out.put(
                "blocked",
                jdbc.sql("select blocked_id, created_at from user_blocks where blocker_id = :user order by created_at")
                        .param("user", userId)
                        .query((rs, n) -> row(
                                "userId", rs.getString("blocked_id"),
                                "createdAt",
                                        rs.getTimestamp("created_at")
                                                .toInstant()
                                                .toString()))
                        .list());
        return out;
    }

    @Override
    public void erase(Erasure erasure) {
        String user = erasure.userId();
        jdbc.sql("delete from reports where reporter_id = :user")
                .param("user", user)
                .update();
        jdbc.sql("update reports set author_id = null where author_id = :user")
                .param("user", user)
                .update();
        List<String> blockers = jdbc.sql("select blocker_id from user_blocks where blocked_id = :user")
                .param("user", user)
                .query(String.class)
                .list();
        jdbc.sql("delete from user_blocks where blocker_id = :user or blocked_id = :user")
                .param("user", user)
                .update();
        blocks.changed(user);
        blockers.forEach(blocks::changed);
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
