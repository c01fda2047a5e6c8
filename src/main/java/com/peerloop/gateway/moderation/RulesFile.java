package com.peerloop.gateway.moderation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the rules file:
 * <pre>
 * blocked-terms:        # case-insensitive, whole words; optional (none)
 *   - some term
 * max-links: 3          # links allowed in one text; optional (3)
 * </pre>
 * Anything else (unknown keys, wrong types, a blank term, an empty file) makes the file invalid.
 */
final class RulesFile {

    private static final Set<String> KEYS = Set.of("blocked-terms", "max-links");

    private RulesFile() {}

    /** An invalid rules file; the message says what is wrong with it, never its content. */
    static final class InvalidRulesException extends Exception {
        InvalidRulesException(String message) {
            super(message);
        }
    }

    static ModerationRules read(Path file) throws IOException, InvalidRulesException {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            throw new InvalidRulesException("is not valid YAML");
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new InvalidRulesException("must be a mapping with blocked-terms and max-links");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new InvalidRulesException("has an unknown key: " + key);
            }
        }
        return new ModerationRules(terms(map.get("blocked-terms")), maxLinks(map.get("max-links")));
    }

    private static List<String> terms(Object value) throws InvalidRulesException {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new InvalidRulesException("blocked-terms must be a list");
        }
        List<String> terms = new ArrayList<>();
        for (Object term : list) {
            if (!(term instanceof String s) || s.isBlank()) {
                throw new InvalidRulesException("blocked-terms must hold non-blank strings");
            }
            terms.add(s.strip());
        }
        return terms;
    }

    private static int maxLinks(Object value) throws InvalidRulesException {
        if (value == null) {
            return ModerationRules.BUILT_IN.maxLinks();
        }
        if (!(value instanceof Integer n) || n < 0) {
            throw new InvalidRulesException("max-links must be a whole number of 0 or more");
        }
        return n;
    }
}
