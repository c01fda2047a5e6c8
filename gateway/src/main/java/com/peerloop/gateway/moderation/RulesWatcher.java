package com.peerloop.gateway.moderation;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the rules file's modification time every {@code peerloop.moderation.reload-interval} and swaps
 * the rules in when it changed. A file watch service would miss edits on some mounts (network volumes,
 * Kubernetes ConfigMaps); one stat call every few seconds costs nothing.
 */
@Component
class RulesWatcher {

    private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);

    private final RulesSource source;
    private final ContentModeration moderation;
    private final AtomicBoolean polling = new AtomicBoolean();

    RulesWatcher(RulesSource source, ContentModeration moderation) {
        this.source = source;
        this.moderation = moderation;
    }

    /** One look at the file; while a look is still under way (a slow mount), the next ones are skipped. */
    @Scheduled(
            fixedRateString = "${peerloop.moderation.reload-interval}",
            initialDelayString = "${peerloop.moderation.reload-interval}")
    void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        try {
            source.reloadIfChanged().ifPresent(moderation::replace);
        } catch (RuntimeException e) {
            log.error("moderation rules not reloaded: error={}", e.getClass().getSimpleName());
        } finally {
            polling.set(false);
        }
    }
}
