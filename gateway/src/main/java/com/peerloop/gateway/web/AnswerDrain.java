package com.peerloop.gateway.web;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Holds the web server open for a moment after its graceful shutdown. Tomcat's graceful shutdown ends as
 * soon as no request is inside a servlet, but a request that has just left the servlet may still be writing
 * the end of its answer; stopping the server at that instant would close the connection under it. This
 * bean stops between the graceful shutdown and the web server itself.
 */
@Component
class AnswerDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AnswerDrain.class);
    private static final Duration DRAIN = Duration.ofMillis(200);

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        try {
            Thread.sleep(DRAIN.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.debug("answers of finished requests drained for {} ms", DRAIN.toMillis());
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the graceful shutdown (which stops first), before the web server's own stop. */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 512;
    }
}
