package com.peerloop.gateway.webhook;

import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Binds a webhook body to a {@link StreamEvent}. Any JSON object is an event: a field of another shape than
 * expected (a number where an id belongs, a string where an object does) is read as absent rather than
 * failing the whole event, so the event is still stored and only the effect that needs that field is skipped.
 */
@Component
class StreamEventReader {

    private final JsonMapper json;

    StreamEventReader(JsonMapper json) {
        this.json = json.rebuild()
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.AsNull)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.AsNull)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.AsNull))
                .addHandler(new AbsentWhenMisshaped())
                .build();
    }

    /** The event, or empty when the body is not a JSON object. */
    Optional<StreamEvent> read(byte[] body) {
        try {
            return Optional.ofNullable(json.readValue(body, StreamEvent.class));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** The event of a payload stored by {@link WebhookEvents}, so a JSON object. */
    StreamEvent read(String payload) {
        return json.readValue(payload, StreamEvent.class);
    }

    private static final class AbsentWhenMisshaped extends DeserializationProblemHandler {

        @Override
        public Object handleUnexpectedToken(
                DeserializationContext context, JavaType target, JsonToken token, JsonParser parser, String failure) {
            parser.skipChildren();
            return null;
        }

        @Override
        public Object handleMissingInstantiator(
                DeserializationContext context,
                Class<?> type,
                ValueInstantiator instantiator,
                JsonParser parser,
                String failure) {
            parser.skipChildren();
            return null;
        }
    }
}
