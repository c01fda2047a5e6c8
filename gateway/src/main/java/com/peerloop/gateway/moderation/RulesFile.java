package com.peerloop.gateway.moderation;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLMapper;

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

    private static final String NOT_A_MAPPING = "must be a mapping with blocked-terms and max-links";
    private static final Map<String, String> WRONG_TYPE = Map.of(
            "blocked-terms", "blocked-terms must be a list of non-blank strings",
            "max-links", "max-links must be a whole number of 0 or more");

    // strict: a quoted number, a number where a term belongs or 2.5 links is a mistake in the file
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(
                    LogicalType.Textual,
                    text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();
    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private RulesFile() {}

    /** An invalid rules file; the message says what is wrong with it, never its content. */
    static final class InvalidRulesException extends Exception {
        InvalidRulesException(String message) {
            super(message);
        }
    }

    /** The file as written; absent keys are null. */
    record Content(
            @JsonProperty("blocked-terms")
            List<@NotBlank(message = "blocked-terms must hold non-blank strings") String> blockedTerms,

            @JsonProperty("max-links") @PositiveOrZero(message = "max-links must be a whole number of 0 or more")
            Integer maxLinks) {

        ModerationRules rules() {
            List<String> terms = blockedTerms == null
                    ? List.of()
                    : blockedTerms.stream().map(String::strip).toList();
            return new ModerationRules(terms, maxLinks == null ? ModerationRules.BUILT_IN.maxLinks() : maxLinks);
        }
    }

    static ModerationRules read(Path file) throws IOException, InvalidRulesException {
        Content content = bind(Files.readString(file, StandardCharsets.UTF_8));
        if (content == null) {
            throw new InvalidRulesException(NOT_A_MAPPING);
        }
        String violation = VALIDATOR.validate(content).stream()
                .map(ConstraintViolation::getMessage)
                .min(Comparator.naturalOrder())
                .orElse(null);
        if (violation != null) {
            throw new InvalidRulesException(violation);
        }
        return content.rules();
    }

    private static Content bind(String yaml) throws InvalidRulesException {
        if (yaml.isBlank()) {
            return null;
        }
        try {
            return YAML.readValue(yaml, Content.class);
        } catch (StreamReadException e) {
            throw new InvalidRulesException("is not valid YAML");
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidRulesException("has an unknown key: " + e.getPropertyName());
        } catch (DatabindException e) {
            String key = e.getPath().isEmpty() ? null : e.getPath().get(0).getPropertyName();
            throw new InvalidRulesException(key == null ? NOT_A_MAPPING : WRONG_TYPE.getOrDefault(key, NOT_A_MAPPING));
        }
    }
}
