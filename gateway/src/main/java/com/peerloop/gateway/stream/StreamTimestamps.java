package com.peerloop.gateway.stream;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.StdDateFormat;
import java.io.IOException;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Timestamps in Stream's answers, read as SDK 4.1.1 reads them — an integer is nanoseconds since the epoch, a
 * string an ISO-8601 date — but safely from many threads at once. The SDK's own deserializer parses strings
 * with the one shared {@code StdDateFormat.instance}, a {@code DateFormat} that is not thread-safe, so
 * concurrent answers fail now and then with a {@code JsonMappingException} on a valid date.
 *
 * <p>Stream writes RFC 3339 times ({@code 2025-01-02T03:04:05.123456Z}); those are read with
 * {@code java.time}, which needs no copy of a {@code DateFormat} per value (a copy per timestamp was a visible
 * share of a feed read's cost). Anything else ISO-8601 allows still goes to Jackson's lenient format.
 */
final class StreamTimestamps extends StdDeserializer<Date> {

    private static final long NANOS_PER_MILLI = 1_000_000L;

    StreamTimestamps() {
        super(Date.class);
    }

    /** A module that makes an ObjectMapper read every {@link Date} this way (registered last, it wins). */
    static SimpleModule module() {
        return new SimpleModule("stream-timestamps").addDeserializer(Date.class, new StreamTimestamps());
    }

    /**
     * The timestamp the parser is on, read as a bound {@link Date} field is: null for a JSON null or an empty
     * string; anything but a number or a date string fails as the binding would.
     */
    static Date read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_STRING) {
            throw new JsonParseException(parser, "not a timestamp");
        }
        try {
            return value(parser);
        } catch (ParseException e) {
            throw new JsonParseException(parser, "not an ISO-8601 date", e);
        }
    }

    @Override
    public Date deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_STRING) {
            try {
                return value(parser);
            } catch (ParseException e) {
                return (Date) context.handleWeirdStringValue(
                        Date.class, parser.getText().trim(), "not an ISO-8601 date");
            }
        }
        return (Date) context.handleUnexpectedToken(Date.class, parser);
    }

    /** An integer or string token as a date; null for an empty string. */
    private static Date value(JsonParser parser) throws IOException, ParseException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return new Date(parser.getLongValue() / NANOS_PER_MILLI);
        }
        String text = parser.getText().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Date.from(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from));
        } catch (DateTimeParseException e) {
            // not RFC 3339: a date without a zone, a zone without a colon, …
        }
        return StdDateFormat.instance.clone().parse(text);
    }
}
