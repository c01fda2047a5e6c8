package com.peerloop.gateway.ratelimit;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The shared bucket store (table {@code rate_limit_buckets}, created by Flyway) and the interceptor that
 * applies the limits to authenticated API requests.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    static final String STORE_VISITS = "peerloop.ratelimit.store.visits";

    /** Bucket4j's clock: the application clock, in the wall-clock nanoseconds all instances agree on. */
    @Bean
    TimeMeter rateLimitTime(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets(
            DataSource dataSource, TimeMeter rateLimitTime, MeterRegistry meters) {
        Counter visits = Counter.builder(STORE_VISITS)
                .description("Database transactions of the rate limiter (one per bucket synchronisation)")
                .register(meters);
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(new CountingDataSource(dataSource, visits))
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5)))
                .clientClock(rateLimitTime)
                .build();
    }

    @Bean
    WebMvcConfigurer rateLimitInterceptorRegistration(
            RateLimitInterceptor interceptor, RateLimitProperties properties) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                if (!properties.enabled()) {
                    return;
                }
                List<String> exempt = new ArrayList<>(properties.exemptPaths());
                exempt.add("/api/stream/webhook");
                registry.addInterceptor(interceptor).addPathPatterns("/api/**").excludePathPatterns(exempt);
            }
        };
    }

    /** Counts the limiter's database visits, so that operators (and tests) can see how rare they are. */
    private static final class CountingDataSource extends DelegatingDataSource {
        private final Counter visits;

        CountingDataSource(DataSource target, Counter visits) {
            super(target);
            this.visits = visits;
        }

        @Override
        public Connection getConnection() throws SQLException {
            visits.increment();
            return super.getConnection();
        }
    }
}
