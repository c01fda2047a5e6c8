package com.peerloop.gateway.ratelimit;

import com.peerloop.gateway.personaldata.Erasure;
import com.peerloop.gateway.personaldata.PersonalData;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A user's rate limit buckets (ids {@code <quota>:<limit>:<userId>}): erased with the user, exported as a count. */
@Component
class RateLimitPersonalData implements PersonalData {

    private static final String MINE = "right(id, length(:userId) + 1) = ':' || :userId";

    private final JdbcClient jdbc;

    RateLimitPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "rateLimits";
    }

    @Override
    public Phase phase() {
        return Phase.KEPT;
    }

    @Override
    public Map<String, Object> export(String userId) {
        long buckets = jdbc.sql("select count(*) from rate_limit_buckets where " + MINE)
                .param("userId", userId)
                .query(Long.class)
                .single();
        return Map.of("buckets", buckets);
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("delete from rate_limit_buckets where " + MINE)
                .param("userId", erasure.userId())
                .update();
    }
}
