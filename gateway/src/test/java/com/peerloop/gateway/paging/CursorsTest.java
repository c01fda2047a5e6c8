package com.peerloop.gateway.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorsTest {

    @Test
    void readsBackTheFieldsItCarriesTheLastOneWhatever() {
        String cursor = Cursors.encode("k1", "3", "stream/next.cursor=?&é");

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(Cursors.decode("k1", 2, cursor)).contains(List.of("3", "stream/next.cursor=?&é"));
        assertThat(Cursors.decode("k1", 2, Cursors.encode("k1", "0", ""))).contains(List.of("0", ""));
    }

    @Test
    void readsBackAPosition() {
        assertThat(Cursors.decodePosition("p1", Cursors.encodePosition("p1", 4711)))
                .hasValue(4711);
    }

    @Test
    void refusesACursorOfAnotherKindOrShape() {
        String cursor = Cursors.encode("k1", "3", "x");

        assertThat(Cursors.decode("k2", 2, cursor)).isEmpty();
        assertThat(Cursors.decode("k", 2, cursor)).isEmpty();
        assertThat(Cursors.decode("k1", 3, cursor)).isEmpty();
        assertThat(Cursors.decodePosition("k1", Cursors.encodePosition("k2", 5)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "42", "%%%", "not-a-cursor", "cDEuMA", "cDEuLTE", "cDEuYQ", "cDEu", "cDE"})
    void refusesTextItDidNotGiveOut(String text) {
        // cDEuMA = "p1.0", cDEuLTE = "p1.-1", cDEuYQ = "p1.a", cDEu = "p1.", cDE = "p1"
        assertThat(Cursors.decodePosition("p1", text)).isEmpty();
    }

    @Test
    void aTamperedCursorIsNotReadAsAnother() {
        String cursor = Cursors.encodePosition("p1", 12);
        String tampered =
                Base64.getUrlEncoder().withoutPadding().encodeToString("p1.12.0".getBytes(StandardCharsets.UTF_8));

        assertThat(Cursors.decodePosition("p1", cursor.substring(1))).isEmpty();
        assertThat(Cursors.decodePosition("p1", tampered)).isEmpty();
    }

    @Test
    void onlyTheLastFieldMayHoldADot() {
        assertThatThrownBy(() -> Cursors.encode("k1", "a.b", "c")).isInstanceOf(IllegalArgumentException.class);
    }
}
