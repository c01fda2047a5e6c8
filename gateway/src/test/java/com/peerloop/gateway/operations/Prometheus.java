package com.peerloop.gateway.operations;

import com.peerloop.testsupport.Api;
import java.util.Arrays;
import java.util.Map;

/** One scrape of {@code /actuator/prometheus}, read as "sum of the samples with these labels". */
record Prometheus(String text) {

    static Prometheus scrape(Api api) {
        Api.Response response = api.get("/actuator/prometheus", null);
        if (response.status() != 200) {
            throw new AssertionError("prometheus answered " + response.status());
        }
        return new Prometheus(response.body());
    }

    /** Sum of the samples of {@code name} whose labels include all of {@code labels}; 0 when none. */
    double value(String name, Map<String, String> labels) {
        return Arrays.stream(text.split("\n"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> labels.entrySet().stream()
                        .allMatch(l -> line.contains(l.getKey() + "=\"" + l.getValue() + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    boolean has(String name) {
        return text.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
    }
}
