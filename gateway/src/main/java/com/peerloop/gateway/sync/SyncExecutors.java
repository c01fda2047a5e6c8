package com.peerloop.gateway.sync;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The outbox worker's threads: one for its rounds, {@code concurrency} for applying a batch's intents.
 * Neither is a default candidate, so Boot's own task executor stays in place. Both keep taking tasks after
 * the context starts closing: {@link SyncWorker} stops first and lets its round finish, and the pools are
 * shut down after it.
 */
@Configuration(proxyBeanMethods = false)
class SyncExecutors {

    @Bean(defaultCandidate = false)
    ThreadPoolTaskExecutor syncRounds() {
        return pool("sync-worker-", 1);
    }

    @Bean(defaultCandidate = false)
    ThreadPoolTaskExecutor syncAppliers(SyncProperties properties) {
        return pool("sync-apply-", properties.concurrency());
    }

    private static ThreadPoolTaskExecutor pool(String threadNamePrefix, int threads) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix(threadNamePrefix);
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setDaemon(true);
        pool.setAcceptTasksAfterContextClose(true);
        return pool;
    }
}
