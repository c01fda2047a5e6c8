package com.peerloop.gateway.web;

import java.io.IOException;

/** Raised while reading a body that turns out to exceed the limit although it did not declare a length. */
class PayloadTooLargeException extends IOException {

    private final long limit;

    PayloadTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
