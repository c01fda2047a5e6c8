package com.peerloop.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/** The figures of a run, kept in a properties file so that each driver process adds its scenario's. */
final class Results {

    private final Path file;
    private final Properties values = new Properties();

    Results(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    void put(String key, double value) {
        values.setProperty(key, String.format(Locale.ROOT, "%.3f", value));
    }

    void put(String prefix, Timings.Stats stats) {
        put(prefix + ".ok", stats.ok());
        put(prefix + ".failed", stats.failed());
        put(prefix + ".p50", stats.p50Ms());
        put(prefix + ".p99", stats.p99Ms());
        put(prefix + ".max", stats.maxMs());
    }

    void addErrors(long failed) {
        put("errors", number("errors", 0) + failed);
    }

    double number(String key, double fallback) {
        String value = values.getProperty(key);
        return value == null ? fallback : Double.parseDouble(value);
    }

    double number(String key) {
        String value = values.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("no figure " + key + " in " + file + "; did every scenario run?");
        }
        return Double.parseDouble(value);
    }

    String text(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    void putText(String key, String value) {
        values.setProperty(key, value);
    }

    void save() {
        try (OutputStream out = Files.newOutputStream(file)) {
            values.store(out, "bench figures; times in ms");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
