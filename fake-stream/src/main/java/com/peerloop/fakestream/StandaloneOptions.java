package com.peerloop.fakestream;

import java.time.Duration;
import java.util.Properties;

/** Settings of a standalone fake, from {@code --name=value} arguments or {@code fakestream.*} system properties. */
record StandaloneOptions(int port, String apiKey, String apiSecret, Duration delay) {

    static final String DEFAULT_KEY = "fake-stream-key";
    static final String DEFAULT_SECRET = "fake-stream-secret-at-least-32-bytes-long";

    static StandaloneOptions parse(String[] args, Properties properties) {
        Properties merged = new Properties();
        merged.putAll(properties);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            merged.setProperty(propertyName(arg.substring(2, eq)), arg.substring(eq + 1));
        }
        return new StandaloneOptions(
                Integer.parseInt(merged.getProperty("fakestream.port", "8089")),
                merged.getProperty("fakestream.apiKey", DEFAULT_KEY),
                merged.getProperty("fakestream.apiSecret", DEFAULT_SECRET),
                Duration.ofMillis(Long.parseLong(merged.getProperty("fakestream.delayMs", "0"))));
    }

    private static String propertyName(String argName) {
        return switch (argName) {
            case "port" -> "fakestream.port";
            case "api-key" -> "fakestream.apiKey";
            case "api-secret" -> "fakestream.apiSecret";
            case "delay-ms" -> "fakestream.delayMs";
            default -> throw new IllegalArgumentException("unknown option --" + argName);
        };
    }
}
