package com.peerloop.gateway.ids;

import java.util.regex.Pattern;

/** The contract's identifier rule: 1–64 characters of {@code [A-Za-z0-9_-]}. */
public final class Identifiers {

    /** For {@code @Pattern} annotations. */
    public static final String REGEX = "^[A-Za-z0-9_-]{1,64}$";

    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private Identifiers() {}

    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }
}
