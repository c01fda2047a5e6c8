package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A small subset of Stream's filter language over string-valued keys: {@code {"key": value}},
 * {@code {"key": {"$eq": value}}}, {@code {"key": {"$in": [..]}}} and {@code {"$and": [filters]}}; several keys in
 * one object must all match. A multi-valued key (such as an activity's {@code feeds}) matches when any of its
 * values does. Unknown keys or operators are refused with 400 / code 4 so a misuse shows up in tests.
 */
final class Filters<T> {

    private final Map<String, Function<T, List<String>>> keys;

    /** @param keys each supported filter key with the item's value(s) for it */
    Filters(Map<String, Function<T, List<String>>> keys) {
        this.keys = keys;
    }

    /** The predicate for a filter object; a missing or null filter matches everything. */
    Predicate<T> parse(JsonNode filter) {
        Predicate<T> all = item -> true;
        if (filter == null || filter.isNull()) {
            return all;
        }
        if (!filter.isObject()) {
            throw StreamError.badRequest("filter must be an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = filter.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            all = all.and(condition(entry.getKey(), entry.getValue()));
        }
        return all;
    }

    private Predicate<T> condition(String key, JsonNode value) {
        if ("$and".equals(key) && value.isArray()) {
            Predicate<T> all = item -> true;
            for (JsonNode part : value) {
                all = all.and(parse(part));
            }
            return all;
        }
        Function<T, List<String>> values = keys.get(key);
        if (values == null) {
            throw StreamError.badRequest(
                    "the fake does not support filtering on '" + key + "'; supported: " + keys.keySet());
        }
        List<String> accepted = accepted(key, value);
        return item -> values.apply(item).stream().anyMatch(accepted::contains);
    }

    private static List<String> accepted(String key, JsonNode value) {
        List<String> accepted = new ArrayList<>();
        if (value.isValueNode()) {
            accepted.add(value.asText());
        } else if (value.isObject()
                && value.size() == 1
                && value.has("$eq")
                && value.get("$eq").isValueNode()) {
            accepted.add(value.get("$eq").asText());
        } else if (value.isObject()
                && value.size() == 1
                && value.has("$in")
                && value.get("$in").isArray()) {
            value.get("$in").forEach(item -> accepted.add(item.asText()));
        } else {
            throw StreamError.badRequest("unsupported condition for '" + key + "': " + value);
        }
        return accepted;
    }
}
