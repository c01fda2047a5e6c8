package com.peerloop.gateway.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevocationNoticeTest {

    @Test
    void carriesSubjectAndCutoffInWholeSeconds() {
        Instant cutoff = Instant.parse("2026-11-24T10:00:00Z");

        assertThat(RevocationNotice.parse(RevocationNotice.payload("u_42", cutoff)))
                .contains(new RevocationNotice("u_42", cutoff));
        assertThat(RevocationNotice.parse(RevocationNotice.payload(RevocationStore.EVERYONE, cutoff)))
                .contains(new RevocationNotice("*", cutoff));
    }

    @Test
    void ignoresPayloadsItCannotRead() {
        assertThat(RevocationNotice.parse(null)).isEmpty();
        assertThat(RevocationNotice.parse("u_42")).isEmpty();
        assertThat(RevocationNotice.parse("u_42 soon")).isEmpty();
        assertThat(RevocationNotice.parse(" 123")).isEmpty();
    }
}
