package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a feed group's {@code aggregation.format} for one activity: the result is the activity's group key.
 * Supported, from the docs' list of aggregation variables (activity-feeds/docs/.../aggregation, "Aggregation
 * Format Syntax"): {@code {{ type }}}, {@code {{ user_id }}}, {@code {{ custom.a.b }}}, {@code {{ time }}} and
 * {@code {{ time.strftime("...") }}} with {@code %Y %m %d %H %M %S %j %%}. Text outside {@code {{ }}} is kept.
 *
 * <p>Unverified: that {@code time} is rendered in UTC (the docs' example group {@code reaction-2025-07-30} does
 * not say); that a plain {@code {{ time }}} renders as RFC 3339; that {@code target_id} (defined for the
 * notification activities Stream creates itself, {@link NotificationActivities}; the gateway's format does not use
 * it), any other variable, a missing
 * custom field and {@code {% %}} blocks render as empty text. The docs do not say that such a format is refused
 * when the group is created, so the fake accepts any format there.
 */
final class AggregationFormat {

    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
    private static final Pattern BLOCK = Pattern.compile("\\{%.*?%}", Pattern.DOTALL);
    private static final Pattern STRFTIME = Pattern.compile("time\\.strftime\\(\\s*[\"'](.*)[\"']\\s*\\)");

    private AggregationFormat() {}

    static String key(String format, StoredActivity activity) {
        Matcher matcher = EXPRESSION.matcher(BLOCK.matcher(format).replaceAll(""));
        StringBuilder key = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(key, Matcher.quoteReplacement(value(matcher.group(1), activity)));
        }
        matcher.appendTail(key);
        return key.toString();
    }

    private static String value(String expression, StoredActivity activity) {
        if (expression.equals("type")) {
            return activity.type();
        }
        if (expression.equals("user_id")) {
            return activity.userId() == null ? "" : activity.userId();
        }
        if (expression.equals("time")) {
            return Json.time(activity.createdAt());
        }
        Matcher strftime = STRFTIME.matcher(expression);
        if (strftime.matches()) {
            return strftime(strftime.group(1), activity.createdAt().atZone(ZoneOffset.UTC));
        }
        if (expression.startsWith("custom.")) {
            JsonNode node = activity.custom();
            for (String name : expression.substring("custom.".length()).split("\\.")) {
                node = Json.field(node, name);
            }
            return node == null ? "" : node.asText();
        }
        return "";
    }

    private static String strftime(String pattern, ZonedDateTime time) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 == pattern.length()) {
                out.append(c);
                continue;
            }
            char directive = pattern.charAt(++i);
            switch (directive) {
                case 'Y' -> out.append(String.format("%04d", time.getYear()));
                case 'm' -> out.append(String.format("%02d", time.getMonthValue()));
                case 'd' -> out.append(String.format("%02d", time.getDayOfMonth()));
                case 'H' -> out.append(String.format("%02d", time.getHour()));
                case 'M' -> out.append(String.format("%02d", time.getMinute()));
                case 'S' -> out.append(String.format("%02d", time.getSecond()));
                case 'j' -> out.append(String.format("%03d", time.getDayOfYear()));
                case '%' -> out.append('%');
                default -> out.append('%').append(directive); // unverified: other directives are kept as written
            }
        }
        return out.toString();
    }
}
