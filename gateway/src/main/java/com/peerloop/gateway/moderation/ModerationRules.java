package com.peerloop.gateway.moderation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One version of the rules: blocked terms (case-insensitive, whole words; a term of several words matches
 * them with any whitespace between) and the most links a text may hold (a link is anything starting with
 * {@code http://}, {@code https://} or {@code www.}).
 */
final class ModerationRules {

    /** Used when no rules file exists. */
    static final ModerationRules BUILT_IN = new ModerationRules(List.of("kys", "kill yourself", "send nudes"), 3);

    private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    /** Letters, digits and underscore: what may not touch a blocked term for it to be a whole word. */
    private static final String WORD_CHAR = "[\\p{L}\\p{N}_]";

    private final List<String> blockedTerms;
    private final int maxLinks;
    private final Pattern blocked;

    ModerationRules(List<String> blockedTerms, int maxLinks) {
        this.blockedTerms = List.copyOf(blockedTerms);
        this.maxLinks = maxLinks;
        this.blocked = this.blockedTerms.isEmpty()
                ? null
                : Pattern.compile(
                        "(?<!" + WORD_CHAR + ")(?:"
                                + this.blockedTerms.stream()
                                        .map(ModerationRules::termPattern)
                                        .collect(Collectors.joining("|"))
                                + ")(?!" + WORD_CHAR + ")",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The reason this text breaks the rules, or empty when it does not. */
    Optional<String> violation(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (blocked != null && blocked.matcher(text).find()) {
            return Optional.of("The text contains a term that is not allowed in course feeds.");
        }
        if (links(text) > maxLinks) {
            return Optional.of("The text contains more than " + maxLinks + " links.");
        }
        return Optional.empty();
    }

    List<String> blockedTerms() {
        return blockedTerms;
    }

    int maxLinks() {
        return maxLinks;
    }

    private static int links(String text) {
        Matcher m = LINK.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static String termPattern(String term) {
        return List.of(term.strip().split("\\s+")).stream().map(Pattern::quote).collect(Collectors.joining("\\s+"));
    }
}
