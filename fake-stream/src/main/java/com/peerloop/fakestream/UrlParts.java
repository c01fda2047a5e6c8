package com.peerloop.fakestream;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Decoding of raw paths (per segment, so {@code %3A} becomes {@code :} and {@code %2F} stays inside one id). */
final class UrlParts {

    private UrlParts() {}

    static List<String> pathSegments(String rawPath) {
        return RouteTable.segments(rawPath == null ? "" : rawPath).stream()
                .map(segment -> decode(segment.replace("+", "%2B")))
                .toList();
    }

    /** Query parameters in any order; the last value wins for a repeated name. */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            query.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return query;
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
