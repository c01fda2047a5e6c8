package com.peerloop.gateway.moderation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The rules file and what was last read from it. A missing file means the built-in rules; a file that
 * turns invalid while the gateway runs leaves the rules in force as they were.
 */
@Component
class RulesSource {

    static final String VARIABLE = "PEERLOOP_MODERATION_RULES_FILE";
    private static final Logger log = LoggerFactory.getLogger(RulesSource.class);

    /** What identifies one version of the file: absent, or present with a modification time and size. */
    private record Stamp(boolean exists, long modified, long size) {
        static final Stamp ABSENT = new Stamp(false, 0, 0);
    }

    private final Path file;
    private Stamp seen;

    RulesSource(ModerationProperties properties) {
        this.file = properties.rulesFile();
    }

    /** The rules at start-up; an invalid file stops start-up with a message naming the setting. */
    synchronized ModerationRules load() {
        seen = stamp();
        if (!seen.exists()) {
            log.info("moderation rules: file={} outcome=absent, using the built-in rules", file);
            return ModerationRules.BUILT_IN;
        }
        try {
            ModerationRules rules = RulesFile.read(file);
            log.info(
                    "moderation rules loaded: file={} blockedTerms={} maxLinks={}",
                    file,
                    rules.blockedTerms().size(),
                    rules.maxLinks());
            return rules;
        } catch (IOException | RulesFile.InvalidRulesException e) {
            throw new IllegalStateException(
                    "Invalid setting: " + VARIABLE + " (peerloop.moderation.rules-file): " + file + " " + reason(e), e);
        }
    }

    /** The new rules if the file changed since it was last read and is valid; empty otherwise. */
    synchronized Optional<ModerationRules> reloadIfChanged() {
        Stamp now = stamp();
        if (Objects.equals(now, seen)) {
            return Optional.empty();
        }
        seen = now;
        if (!now.exists()) {
            log.info("moderation rules reloaded: file={} outcome=absent, using the built-in rules", file);
            return Optional.of(ModerationRules.BUILT_IN);
        }
        try {
            ModerationRules rules = RulesFile.read(file);
            log.info(
                    "moderation rules reloaded: file={} blockedTerms={} maxLinks={}",
                    file,
                    rules.blockedTerms().size(),
                    rules.maxLinks());
            return Optional.of(rules);
        } catch (IOException | RulesFile.InvalidRulesException e) {
            log.error("moderation rules not reloaded: file={} {}; the previous rules stay in force", file, reason(e));
            return Optional.empty();
        }
    }

    private Stamp stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(true, attributes.lastModifiedTime().toMillis(), attributes.size());
        } catch (NoSuchFileException e) {
            return Stamp.ABSENT;
        } catch (IOException e) {
            // unreadable right now (e.g. mid-replace): treat as unchanged and look again next time
            return seen != null ? seen : Stamp.ABSENT;
        }
    }

    private static String reason(Exception e) {
        return e instanceof RulesFile.InvalidRulesException ? e.getMessage() : "cannot be read";
    }
}
