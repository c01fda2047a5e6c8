package com.peerloop.gateway.webhook;

import com.peerloop.gateway.personaldata.Erasure;
import com.peerloop.gateway.personaldata.PersonalData;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored Stream webhook events whose payload mentions the user: any string in it equal to the user's id (a
 * {@code user.id}, {@code user_id}, {@code target_user_id}, an activity's author, …). Exported with their
 * payloads; erased by deleting them, whatever their effects' state (an erased user's pending revocation is
 * done by the erasure itself).
 */
@Component
class WebhookPersonalData implements PersonalData {

    private static final Logger log = LoggerFactory.getLogger(WebhookPersonalData.class);

    private static final String MENTIONS =
            "jsonb_path_exists(payload, '$.** ? (@ == $id)', jsonb_build_object('id', cast(:userId as text)))";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    WebhookPersonalData(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public String name() {
        return "webhookEvents";
    }

    @Override
    public Phase phase() {
        return Phase.KEPT;
    }

    @Override
    public Map<String, Object> export(String userId) {
        List<Map<String, Object>> events = jdbc.sql("select event_key, event_type, received_at, payload::text"
                        + " from webhook_events where " + MENTIONS + " order by seq")
                .param("userId", userId)
                .query((rs, n) -> {
                    Map<String, Object> event = new LinkedHashMap<>();
                    event.put("key", rs.getString(1));
                    event.put("type", rs.getString(2));
                    event.put(
                            "receivedAt",
                            rs.getObject(3, OffsetDateTime.class).toInstant().toString());
                    event.put("payload", json.readValue(rs.getString(4), Map.class));
                    return event;
                })
                .list();
        return Map.of("events", events);
    }

    @Override
    public void erase(Erasure erasure) {
        int deleted = jdbc.sql("delete from webhook_events where " + MENTIONS)
                .param("userId", erasure.userId())
                .update();
        log.info("webhook events of an erased user deleted: userId={} events={}", erasure.userId(), deleted);
    }
}
