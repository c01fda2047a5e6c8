package com.peerloop.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NotificationCursorTest {

    @Test
    void readsBackTheCursorItGaveOut() {
        NotificationCursor cursor = new NotificationCursor("abc", 3);

        assertThat(NotificationCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void refusesTextItDidNotGiveOutAsAnInvalidNextParameter() {
        assertThatThrownBy(() -> NotificationCursor.decode("not-a-cursor"))
                .isInstanceOfSatisfying(InvalidCursorException.class, e -> {
                    assertThat(e.field()).isEqualTo("next");
                    assertThat(e.getMessage()).isEqualTo("is not a cursor this feed gave out");
                });
    }
}
