package com.peerloop.gateway.revocation;

import java.time.Instant;
import java.util.Optional;

/** The payload of a revocation notification: {@code "<subject> <cut-off in epoch seconds>"}. */
record RevocationNotice(String subject, Instant cutoff) {

    static String payload(String subject, Instant cutoff) {
        return subject + " " + cutoff.getEpochSecond();
    }

    static Optional<RevocationNotice> parse(String payload) {
        int space = payload == null ? -1 : payload.indexOf(' ');
        if (space <= 0) {
            return Optional.empty();
        }
        try {
            Instant cutoff = Instant.ofEpochSecond(Long.parseLong(payload.substring(space + 1)));
            return Optional.of(new RevocationNotice(payload.substring(0, space), cutoff));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
