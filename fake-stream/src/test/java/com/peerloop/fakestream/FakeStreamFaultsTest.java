package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.getstream.exceptions.StreamException;
import io.getstream.models.FollowRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FakeStreamFaultsTest extends FakeStreamTestSupport {

    private static void assertStatus(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status, int code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StreamException.class, e -> {
            assertThat(e.getResponseData().getStatusCode()).isEqualTo(status);
            assertThat(e.getResponseData().getCode()).isEqualTo(code);
        });
    }

    @Test
    void failsTheNextRequestsWith503ThenAnswersNormally() throws StreamException {
        fake.failNext(2, 503);

        assertStatus(() -> feed("user", "alice", "alice"), 503, -1);
        assertStatus(() -> feed("user", "alice", "alice"), 503, -1);
        assertThat(feed("user", "alice", "alice").getCreated()).isTrue();

        assertThat(fake.requests("getOrCreateFeed"))
                .extracting(RecordedRequest::status)
                .containsExactly(503, 503, 200);
    }

    @Test
    void rateLimitsEveryRequestWith429Code9UntilHealed() throws StreamException {
        fake.rateLimitAlways();

        assertStatus(() -> feed("user", "alice", "alice"), 429, 9);
        assertStatus(() -> client.getApp().execute(), 429, 9);
        fake.heal();

        assertThat(feed("user", "alice", "alice").getCreated()).isTrue();
    }

    @Test
    void failsOnlyTheNamedOperationAndAFailedWriteChangesNoState() throws StreamException {
        feed("timeline", "alice", "alice");
        feed("user", "bob", "bob");
        fake.failAlways("follow", 500);

        assertStatus(
                () -> feeds.follow(FollowRequest.builder()
                                .source("timeline:alice")
                                .target("user:bob")
                                .build())
                        .execute(),
                500,
                -1);
        post("bob", "still works", "user:bob");

        assertThat(fake.state().follows().all()).isEmpty();
        assertThat(fake.requests("follow")).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(500);
            assertThat(r.write()).isTrue();
            assertThat(r.succeeded()).isFalse();
        });
        assertThat(fake.requests("addActivity")).singleElement().matches(RecordedRequest::succeeded);
    }

    @Test
    void failNextCanBeLimitedToOneOperation() throws StreamException {
        feed("user", "bob", "bob");
        fake.failNext("addActivity", 1, 502);

        assertThat(feed("user", "bob", "bob").getCreated()).isFalse();
        assertStatus(() -> post("bob", "lost", "user:bob"), 502, -1);
        assertThat(post("bob", "kept", "user:bob").getText()).isEqualTo("kept");
    }

    @Test
    void delaysEveryAnswerUntilHealed() throws StreamException {
        fake.delay(Duration.ofMillis(300));
        long start = System.nanoTime();
        client.getApp().execute();
        long delayedMillis = (System.nanoTime() - start) / 1_000_000;

        fake.heal();
        start = System.nanoTime();
        client.getApp().execute();
        long healedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(delayedMillis).isGreaterThanOrEqualTo(300);
        assertThat(healedMillis).isLessThan(300);
    }

    @Test
    void resetRestoresSeedsAndClearsRequestsAndFaults() throws StreamException {
        feed("user", "alice", "alice");
        fake.state().feedGroups().remove("story");
        fake.failAlways(500);

        fake.reset();

        assertThat(fake.requests()).isEmpty();
        assertThat(fake.state().feeds().all()).isEmpty();
        assertThat(fake.state().feedGroups().get("story")).isPresent();
        assertThat(feed("user", "alice", "alice").getCreated()).isTrue();
    }
}
