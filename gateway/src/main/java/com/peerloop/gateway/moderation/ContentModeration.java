package com.peerloop.gateway.moderation;

import com.peerloop.gateway.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Student-to-student safety rules for text posted in course feeds (activities and comments): blocked
 * terms and a maximum number of links, from {@code config/moderation-rules.yml}, reloaded when the file
 * changes. Callers check before anything is written to Stream.
 */
@Component
public class ContentModeration {

    private static final Logger log = LoggerFactory.getLogger(ContentModeration.class);

    private volatile ModerationRules rules;

    ContentModeration(RulesSource source) {
        this.rules = source.load();
    }

    /**
     * Refuses text that breaks a rule with 422 {@code content_rejected}.
     *
     * @param text the text of a post or comment in a course feed
     */
    public void requireAllowed(String text) {
        rules.violation(text).ifPresent(reason -> {
            log.info("content rejected: outcome=content_rejected");
            throw Problems.contentRejected(reason);
        });
    }

    void replace(ModerationRules newRules) {
        this.rules = newRules;
    }
}
