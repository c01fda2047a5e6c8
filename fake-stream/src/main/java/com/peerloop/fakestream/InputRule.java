package com.peerloop.fakestream;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One input rule of a Stream operation: a required field or an enum-valued field, in the body or the query.
 *
 * <p>A body {@code path} is dotted; a {@code *} segment stands for every element of an array or every value of
 * a map (e.g. {@code users.*.id}, {@code members.*.user_id}). A nested rule applies only where its container is
 * present. {@code source} names the spec schema and field the rule comes from.
 *
 * @param values the allowed values of an enum rule; empty for a required rule
 */
record InputRule(Kind kind, String path, Set<String> values, String source) {

    enum Kind {
        REQUIRED_BODY,
        REQUIRED_QUERY,
        ENUM_BODY
    }

    static InputRule required(String path, String source) {
        return new InputRule(Kind.REQUIRED_BODY, path, Set.of(), source);
    }

    static InputRule requiredQuery(String name, String source) {
        return new InputRule(Kind.REQUIRED_QUERY, name, Set.of(), source);
    }

    static InputRule oneOf(String path, String source, String... values) {
        return new InputRule(Kind.ENUM_BODY, path, Set.copyOf(Arrays.asList(values)), source);
    }

    /** The same rule for a schema nested at {@code prefix} (e.g. a UserRequest at {@code user}). */
    InputRule under(String prefix) {
        return kind == Kind.REQUIRED_QUERY ? this : new InputRule(kind, prefix + "." + path, values, source);
    }

    List<String> segments() {
        return List.of(path.split("\\."));
    }

    /** The allowed values in a stable order, for messages. */
    String allowed() {
        return String.join(" ", values.stream().sorted().toList());
    }

    /** Every rule of {@code nested}, moved under {@code prefix}. */
    static Stream<InputRule> all(String prefix, List<InputRule> nested) {
        return nested.stream().map(rule -> rule.under(prefix));
    }
}
