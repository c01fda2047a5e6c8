package com.peerloop.gateway.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesSourceTest {

    @TempDir
    Path dir;

    private int version;

    @Test
    void missingFileMeansTheBuiltInRules() {
        RulesSource source = source(dir.resolve("absent.yml"));

        assertThat(source.load()).isSameAs(ModerationRules.BUILT_IN);
        assertThat(source.reloadIfChanged()).isEmpty();
    }

    @Test
    void changedFileIsReloadedAndAnUnchangedOneIsNot() throws IOException {
        Path file = write(dir.resolve("rules.yml"), "blocked-terms: [alpha]\nmax-links: 1\n");
        RulesSource source = source(file);
        assertThat(source.load().blockedTerms()).containsExactly("alpha");
        assertThat(source.reloadIfChanged()).isEmpty();

        write(file, "blocked-terms: [alpha, beta]\nmax-links: 2\n");

        ModerationRules reloaded = source.reloadIfChanged().orElseThrow();
        assertThat(reloaded.blockedTerms()).containsExactly("alpha", "beta");
        assertThat(reloaded.maxLinks()).isEqualTo(2);
    }

    @Test
    void malformedFileKeepsThePreviousRulesUntilItIsFixed() throws IOException {
        Path file = write(dir.resolve("rules.yml"), "blocked-terms: [alpha]\n");
        RulesSource source = source(file);
        source.load();

        write(file, "blocked-terms: [alpha\n  max-links: : :\n");
        assertThat(source.reloadIfChanged()).isEmpty();
        write(file, "blocked_terms: [typo]\n");
        assertThat(source.reloadIfChanged()).isEmpty();
        write(file, "blocked-terms: [alpha]\nmax-links: -1\n");
        assertThat(source.reloadIfChanged()).isEmpty();

        write(file, "blocked-terms: [gamma]\n");
        assertThat(source.reloadIfChanged().orElseThrow().blockedTerms()).containsExactly("gamma");
    }

    @Test
    void deletedFileFallsBackToTheBuiltInRules() throws IOException {
        Path file = write(dir.resolve("rules.yml"), "blocked-terms: [alpha]\n");
        RulesSource source = source(file);
        source.load();

        Files.delete(file);

        assertThat(source.reloadIfChanged()).containsSame(ModerationRules.BUILT_IN);
    }

    @Test
    void invalidFileAtStartUpNamesTheSetting() throws IOException {
        Path file = write(dir.resolve("rules.yml"), "- just\n- a list\n");

        assertThatThrownBy(() -> source(file).load())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PEERLOOP_MODERATION_RULES_FILE")
                .hasMessageContaining("must be a mapping");
    }

    private static RulesSource source(Path file) {
        return new RulesSource(new ModerationProperties(file, Duration.ofSeconds(5)));
    }

    /** Writes and moves the modification time forward, as an edit some time later would. */
    private Path write(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(++version)));
        return file;
    }
}
