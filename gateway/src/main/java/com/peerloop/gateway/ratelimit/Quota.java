package com.peerloop.gateway.ratelimit;

import jakarta.servlet.http.HttpServletRequest;

/** The separate allowances a user has: Stream tokens, writes and reads. */
enum Quota {
    TOKEN,
    WRITES,
    READS;

    static final String TOKEN_PATH = "/api/stream/token";

    /** Which allowance a request draws on: by route for the token endpoint, else by method. */
    static Quota of(HttpServletRequest request) {
        String method = request.getMethod();
        if ("POST".equals(method) && TOKEN_PATH.equals(request.getRequestURI())) {
            return TOKEN;
        }
        return "GET".equals(method) || "HEAD".equals(method) ? READS : WRITES;
    }

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
