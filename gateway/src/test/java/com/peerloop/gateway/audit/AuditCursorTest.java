package com.peerloop.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditCursorTest {

    @Test
    void readsBackTheIdItCarries() {
        assertThat(AuditCursor.decode(AuditCursor.encode(4711))).contains(4711L);
    }

    @Test
    void refusesTextItDidNotGiveOut() {
        assertThat(AuditCursor.decode("42")).isEmpty();
        assertThat(AuditCursor.decode("%%%")).isEmpty();
        assertThat(AuditCursor.decode("YTEuLTE")).isEmpty(); // "a1.-1"
    }
}
