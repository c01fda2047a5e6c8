package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** JSON helpers shared by the fake. Every reader treats an explicit JSON {@code null} as absent. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final DateTimeFormatter RFC3339_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** The field's node, or {@code null} when the field is missing or JSON null. */
    static JsonNode field(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode value = node.get(name);
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }

    static String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        return value == null ? null : value.asText();
    }

    static Integer integer(JsonNode node, String name) {
        JsonNode value = field(node, name);
        return value == null ? null : value.asInt();
    }

    static boolean flag(JsonNode node, String name) {
        JsonNode value = field(node, name);
        return value != null && value.asBoolean();
    }

    static List<String> strings(JsonNode node, String name) {
        JsonNode value = field(node, name);
        List<String> result = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> {
                if (!item.isNull()) {
                    result.add(item.asText());
                }
            });
        }
        return result;
    }

    /** A deep copy with every null-valued object field removed (the SDK sends unset fields as null). */
    static JsonNode withoutNulls(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode copy = node.deepCopy();
        stripNulls(copy);
        return copy;
    }

    private static void stripNulls(JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> entry = fields.next();
                if (entry.getValue().isNull()) {
                    fields.remove();
                } else {
                    stripNulls(entry.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(Json::stripNulls);
        }
    }

    /** RFC 3339, UTC, always with milliseconds: {@code 2025-01-02T03:04:05.123Z}. */
    static String time(Instant instant) {
        return instant == null ? null : RFC3339_MILLIS.format(instant);
    }

    static void putTime(ObjectNode target, String name, Instant instant) {
        if (instant != null) {
            target.put(name, time(instant));
        }
    }

    /** Parses RFC 3339 with {@code Z} or a numeric offset such as {@code +00:00}. */
    static Instant parseTime(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw StreamError.badRequest("invalid RFC3339 timestamp: " + value);
        }
    }

    static ObjectNode parseObject(String body) {
        if (body == null || body.isBlank()) {
            return object();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (Exception e) {
            // fall through to the Stream-style input error below
        }
        throw StreamError.badRequest("request body is not a JSON object");
    }
}
