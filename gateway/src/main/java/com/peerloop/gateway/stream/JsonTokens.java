package com.peerloop.gateway.stream;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps for reading a JSON answer token by token ({@link FeedPageReader}): each is called with the parser on a
 * value and leaves it on that value's last token. A JSON null reads as nothing; a value of another shape than
 * expected fails, as binding it to the SDK's model would.
 */
final class JsonTokens {

    private JsonTokens() {}

    /** Reads one item of an array, the parser on it; null for nothing. */
    @FunctionalInterface
    interface Item<T> {
        T read(JsonParser p) throws IOException;
    }

    /** The named string fields of the object the parser is on, in the order named; null for a JSON null. */
    static String[] texts(JsonParser p, List<String> names) throws IOException {
        if (!on(p, JsonToken.START_OBJECT)) {
            return null;
        }
        String[] values = new String[names.size()];
        while (nextField(p)) {
            int i = names.indexOf(p.currentName());
            if (i >= 0) {
                values[i] = text(p);
            } else {
                p.skipChildren();
            }
        }
        return values;
    }

    /** A string (or a number or boolean, as text); null for a JSON null. */
    static String text(JsonParser p) throws IOException {
        return scalar(p).getValueAsString();
    }

    /** An integer; 0 for a JSON null. */
    static int number(JsonParser p) throws IOException {
        return scalar(p).getValueAsInt(0);
    }

    /** The named integer field of the object the parser is on; 0 for a JSON null, in either place. */
    static int number(JsonParser p, String field) throws IOException {
        int value = 0;
        if (on(p, JsonToken.START_OBJECT)) {
            while (nextField(p)) {
                if (p.currentName().equals(field)) {
                    value = number(p);
                } else {
                    p.skipChildren();
                }
            }
        }
        return value;
    }

    private static JsonParser scalar(JsonParser p) throws JsonParseException {
        if (p.currentToken().isStructStart()) {
            throw new JsonParseException(p, "expected a scalar");
        }
        return p;
    }

    /** The non-null items of the array the parser is on; empty for a JSON null. */
    static <T> List<T> list(JsonParser p, Item<T> item) throws IOException {
        List<T> items = new ArrayList<>();
        if (on(p, JsonToken.START_ARRAY)) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                T value = item.read(p);
                if (value != null) {
                    items.add(value);
                }
            }
        }
        return items;
    }

    /** Whether the parser is on a {@code start} token; false for a JSON null, and anything else fails. */
    static boolean on(JsonParser p, JsonToken start) throws JsonParseException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return false;
        }
        if (p.currentToken() != start) {
            throw new JsonParseException(p, "expected " + start.asString());
        }
        return true;
    }

    /** Moves to the value of the object's next field; false at the object's end. */
    static boolean nextField(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.FIELD_NAME) {
            return false;
        }
        p.nextToken();
        return true;
    }
}
