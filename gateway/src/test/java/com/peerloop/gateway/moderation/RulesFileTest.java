package com.peerloop.gateway.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesFileTest {

    @TempDir
    Path dir;

    @Test
    void readsTermsStrippedAndTheLinkLimit() throws Exception {
        ModerationRules rules = RulesFile.read(write("blocked-terms:\n  - ' alpha '\n  - beta gamma\nmax-links: 0\n"));

        assertThat(rules.blockedTerms()).containsExactly("alpha", "beta gamma");
        assertThat(rules.maxLinks()).isZero();
    }

    @Test
    void absentKeysMeanNoTermsAndTheBuiltInLinkLimit() throws Exception {
        ModerationRules rules = RulesFile.read(write("blocked-terms:\nmax-links:\n"));

        assertThat(rules.blockedTerms()).isEmpty();
        assertThat(rules.maxLinks()).isEqualTo(ModerationRules.BUILT_IN.maxLinks());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                                | must be a mapping with blocked-terms and max-links
            "# only a comment"                | must be a mapping with blocked-terms and max-links
            "- just\\n- a list"               | must be a mapping with blocked-terms and max-links
            "just text"                       | must be a mapping with blocked-terms and max-links
            "blocked-terms: [alpha\\n  x: : :" | is not valid YAML
            "blocked_terms: [typo]"           | has an unknown key: blocked_terms
            "blocked-terms: alpha"            | blocked-terms must be a list of non-blank strings
            "blocked-terms: [alpha, 42]"      | blocked-terms must be a list of non-blank strings
            "blocked-terms: [{a: b}]"         | blocked-terms must be a list of non-blank strings
            "blocked-terms: [alpha, '  ']"    | blocked-terms must hold non-blank strings
            "blocked-terms: [alpha, null]"    | blocked-terms must hold non-blank strings
            "blocked-terms: [alpha, true]"    | blocked-terms must be a list of non-blank strings
            "max-links: -1"                   | max-links must be a whole number of 0 or more
            "max-links: 2.5"                  | max-links must be a whole number of 0 or more
            "max-links: '3'"                  | max-links must be a whole number of 0 or more
            "max-links: [3]"                  | max-links must be a whole number of 0 or more
            """)
    void refusesAFileThatIsNotRules(String content, String reason) throws IOException {
        Path file = write(content.replace("\\n", "\n"));

        assertThatThrownBy(() -> RulesFile.read(file))
                .isInstanceOf(RulesFile.InvalidRulesException.class)
                .hasMessage(reason);
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("rules.yml"), content);
    }
}
