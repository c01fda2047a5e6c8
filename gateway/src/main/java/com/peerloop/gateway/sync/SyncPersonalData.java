package com.peerloop.gateway.sync;

import com.peerloop.gateway.personaldata.Erasure;
import com.peerloop.gateway.personaldata.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The user's outbox intents not yet applied (or parked). An erasure removes them once Stream's copy of the
 * user's feed data is deleted: by then their follows and memberships are gone at Stream, so what the intents
 * would still remove is already removed, and what they would add the records no longer allow.
 */
@Component
class SyncPersonalData implements PersonalData {

    private static final Logger log = LoggerFactory.getLogger(SyncPersonalData.class);

    private final JdbcClient jdbc;

    SyncPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public Phase phase() {
        return Phase.KEPT;
    }

    @Override
    public Map<String, Object> export(String userId) {
        List<Map<String, Object>> intents = jdbc.sql("""
                select action, feed_group, feed_id, status, created_at from sync_intents
                 where user_id = :userId order by id""")
                .param("userId", userId)
                .query((rs, n) -> {
                    Map<String, Object> intent = new LinkedHashMap<>();
                    intent.put("action", rs.getString(1).toLowerCase(Locale.ROOT));
                    intent.put("feed", rs.getString(2) + ":" + rs.getString(3));
                    intent.put("status", rs.getString(4).toLowerCase(Locale.ROOT));
                    intent.put(
                            "createdAt",
                            rs.getObject(5, java.time.OffsetDateTime.class)
                                    .toInstant()
                                    .toString());
                    return intent;
                })
                .list();
        return Map.of("pendingIntents", intents);
    }

    @Override
    public void erase(Erasure erasure) {
        int removed = jdbc.sql("delete from sync_intents where user_id = :userId")
                .param("userId", erasure.userId())
                .update();
        log.info("outbox intents of an erased user removed: userId={} intents={}", erasure.userId(), removed);
    }
}
