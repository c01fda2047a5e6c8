package com.peerloop.gateway.stream;

/**
 * A paging cursor this package did not give out: the caller's input is wrong, not Stream. The web layer
 * answers it as a {@code validation_failed} of the {@code next} parameter.
 */
public final class InvalidCursorException extends IllegalArgumentException {

    InvalidCursorException() {
        super("is not a cursor this feed gave out");
    }

    /** The request parameter that carried the cursor. */
    public String field() {
        return "next";
    }
}
