package com.peerloop.gateway.moderation;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls the rules file's modification time every {@code peerloop.moderation.reload-interval} and swaps
 * the rules in when it changed. A file watch service would miss edits on some mounts (network volumes,
 * Kubernetes ConfigMaps); one stat call every few seconds costs nothing. Own thread, so that no other
 * scheduled work delays a reload.
 */
@Component
class RulesWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RulesWatcher.class);

    private final RulesSource source;
    private final ContentModeration moderation;
    private final long intervalMillis;
    private ScheduledExecutorService executor;

    RulesWatcher(RulesSource source, ContentModeration moderation, ModerationProperties properties) {
        this.source = source;
        this.moderation = moderation;
        this.intervalMillis = properties.reloadInterval().toMillis();
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "moderation-rules-watcher");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::poll, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            source.reloadIfChanged().ifPresent(moderation::replace);
        } catch (RuntimeException e) {
            // a failed poll must not cancel the next ones
            log.error("moderation rules not reloaded: error={}", e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
