package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Checks a request against its operation's {@link InputRules} before the handler runs, so a refused request
 * changes nothing. A missing field and JSON {@code null} count as absent (reference §0: null is absent). A
 * refusal is Stream's input error: 400, code 4 (reference §5 error codes), with the APIError envelope and
 * {@code exception_fields} naming the field (spec APIError).
 *
 * <p>Unverified, chosen as the stricter reading: a required string that is {@code ""} counts as absent; an
 * optional enum field that is {@code ""} or not a string is refused; input is checked after authentication
 * (an unauthenticated request gets 401 first); the wording of {@code message} and the key format of
 * {@code exception_fields} ({@code members[1].user_id}, {@code users.u2.id}).
 */
final class InputValidator {

    private InputValidator() {}

    /** @throws StreamError 400 / code 4 for the first rule the request breaks */
    static void check(String operation, Map<String, String> query, JsonNode body) {
        InputRules.of(operation).ifPresent(table -> {
            for (InputRule rule : table.rules()) {
                check(table.specName(), rule, query, body);
            }
        });
    }

    private static void check(String specName, InputRule rule, Map<String, String> query, JsonNode body) {
        if (rule.kind() == InputRule.Kind.REQUIRED_QUERY) {
            String value = query.get(rule.path());
            if (value == null || value.isEmpty()) {
                throw refusal(specName, rule.path(), rule.path() + " is a required field");
            }
            return;
        }
        walk(specName, rule, body, rule.segments(), 0, "");
    }

    private static void walk(
            String specName, InputRule rule, JsonNode node, List<String> segments, int at, String where) {
        String segment = segments.get(at);
        if (segment.equals("*")) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    descend(specName, rule, node.get(i), segments, at, where + "[" + i + "]");
                }
            } else if (node.isObject()) {
                node.fields()
                        .forEachRemaining(entry ->
                                descend(specName, rule, entry.getValue(), segments, at, where + "." + entry.getKey()));
            }
            return;
        }
        String field = where.isEmpty() ? segment : where + "." + segment;
        JsonNode value = Json.field(node, segment);
        if (at == segments.size() - 1) {
            checkLeaf(specName, rule, value, field);
        } else if (value != null) {
            walk(specName, rule, value, segments, at + 1, field);
        }
    }

    private static void descend(
            String specName, InputRule rule, JsonNode element, List<String> segments, int at, String where) {
        if (at == segments.size() - 1 || element == null || element.isNull()) {
            return;
        }
        walk(specName, rule, element, segments, at + 1, where);
    }

    private static void checkLeaf(String specName, InputRule rule, JsonNode value, String field) {
        if (rule.kind() == InputRule.Kind.REQUIRED_BODY) {
            if (value == null || (value.isTextual() && value.asText().isEmpty())) {
                throw refusal(specName, field, field + " is a required field");
            }
        } else if (value != null && !(value.isTextual() && rule.values().contains(value.asText()))) {
            throw refusal(specName, field, field + " must be one of [" + rule.allowed() + "]");
        }
    }

    private static StreamError refusal(String specName, String field, String reason) {
        return StreamError.invalidInput(specName + " failed with error: \"" + reason + "\"", field, reason);
    }
}
