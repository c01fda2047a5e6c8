package com.peerloop.gateway.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ModerationRulesTest {

    private final ModerationRules rules = new ModerationRules(List.of("kys", "kill yourself", "école"), 3);

    static Stream<String> refused() {
        return Stream.of(
                "kys",
                "Honestly, KYS!",
                "(kys)",
                "just Kill   Yourself",
                "kill\nyourself",
                "à l'ÉCOLE demain",
                "see https://a.test https://b.test www.c.test http://d.test");
    }

    static Stream<String> allowed() {
        return Stream.of(
                "keys and skys",
                "kys_notes is a file name",
                "kysa",
                "skill yourself up",
                "killyourself",
                "écoles",
                "see https://a.test https://b.test www.c.test",
                "plain text");
    }

    @ParameterizedTest(name = "refused: {0}")
    @MethodSource("refused")
    void refuses(String text) {
        assertThat(rules.violation(text)).isPresent();
    }

    @ParameterizedTest(name = "allowed: {0}")
    @MethodSource("allowed")
    void allows(String text) {
        assertThat(rules.violation(text)).isEmpty();
    }

    @ParameterizedTest(name = "max-links {0}: {1} links refused = {2}")
    @CsvSource({"0, 1, true", "0, 0, false", "1, 1, false", "1, 2, true"})
    void countsLinksAgainstTheLimit(int maxLinks, int links, boolean refused) {
        ModerationRules linksOnly = new ModerationRules(List.of(), maxLinks);
        String text = "look " + "https://x.test/p ".repeat(links);

        assertThat(linksOnly.violation(text).isPresent()).isEqualTo(refused);
    }
}
