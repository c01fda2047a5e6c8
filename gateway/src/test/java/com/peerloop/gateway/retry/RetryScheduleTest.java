package com.peerloop.gateway.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(8), 5);

    @Test
    void doublesTheWaitWithJitterUpToTheCap() {
        assertThat(schedule.afterFailure(1, null).delay()).isBetween(Duration.ofMillis(500), Duration.ofMillis(1500));
        assertThat(schedule.afterFailure(3, null).delay()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(6));
        assertThat(schedule.afterFailure(4, null).delay()).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(12));
    }

    @Test
    void parksAtTheLastAttempt() {
        assertThat(schedule.afterFailure(4, null).park()).isFalse();
        assertThat(schedule.afterFailure(5, null).park()).isTrue();
    }

    @Test
    void waitsAtLeastWhatTheFailureAskedFor() {
        assertThat(schedule.afterFailure(1, Duration.ofMinutes(1)).delay()).isEqualTo(Duration.ofMinutes(1));
    }
}
