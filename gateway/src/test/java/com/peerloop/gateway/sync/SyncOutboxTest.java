package com.peerloop.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.sync.SyncIntent.Action;
import com.peerloop.testsupport.OnTestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claiming from the outbox on PostgreSQL: each statement commits on its own, as in the worker, so that
 * concurrent claims meet real row locks.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@OnTestDatabase
@Import(SyncOutbox.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SyncOutboxTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);

    @Autowired
    SyncOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void emptyOutbox() {
        jdbc.sql("delete from sync_intents").update();
    }

    private void add(Action action, String userId, String feedId) {
        outbox.add(List.of(new SyncIntent.New(action, userId, new Feed(FeedGroup.COURSE, feedId))), "req-outbox", NOW);
    }

    @Test
    void claimsOnlyTheOldestPendingIntentOfEachUserAndFeed() {
        add(Action.ADD_MEMBER, "so_u1", "so_c1");
        add(Action.FOLLOW, "so_u1", "so_c1");
        add(Action.FOLLOW, "so_u2", "so_c1");
        add(Action.FOLLOW, "so_u1", "so_c2");

        List<SyncIntent> claimed = outbox.claim("owner-a", 10, NOW, LEASE);

        assertThat(claimed)
                .extracting(
                        SyncIntent::action,
                        SyncIntent::userId,
                        intent -> intent.feed().id())
                .containsExactlyInAnyOrder(
                        tuple(Action.ADD_MEMBER, "so_u1", "so_c1"),
                        tuple(Action.FOLLOW, "so_u2", "so_c1"),
                        tuple(Action.FOLLOW, "so_u1", "so_c2"));
        assertThat(claimed).allSatisfy(i -> assertThat(i.attempts()).isEqualTo(1));
        assertThat(outbox.claim("owner-b", 10, NOW, LEASE))
                .as("the later intent waits for the one in flight")
                .isEmpty();

        outbox.done(
                claimed.stream()
                        .filter(i -> i.action() == Action.ADD_MEMBER)
                        .map(SyncIntent::id)
                        .toList(),
                "owner-a");

        assertThat(outbox.claim("owner-b", 10, NOW, LEASE))
                .extracting(SyncIntent::action, SyncIntent::userId)
                .containsExactly(tuple(Action.FOLLOW, "so_u1"));
    }

    @Test
    void anIntentBackingOffHoldsBackTheLaterOnesOfItsUserAndFeed() {
        add(Action.FOLLOW, "so_u3", "so_c3");
        add(Action.UNFOLLOW, "so_u3", "so_c3");
        SyncIntent first = outbox.claim("owner-a", 10, NOW, LEASE).get(0);

        outbox.failed(first.id(), "owner-a", false, NOW.plusSeconds(60), "stream unavailable");

        assertThat(outbox.claim("owner-a", 10, NOW.plusSeconds(1), LEASE)).isEmpty();
        assertThat(outbox.claim("owner-a", 10, NOW.plusSeconds(61), LEASE))
                .extracting(SyncIntent::id)
                .containsExactly(first.id());
    }

    @Test
    void aClaimHoldsUntilItsLeaseExpiresAndThenPassesToAnotherOwner() {
        add(Action.ADD_MEMBER, "so_u4", "so_c4");
        SyncIntent claimed = outbox.claim("owner-a", 10, NOW, LEASE).get(0);

        assertThat(outbox.claim("owner-b", 10, NOW.plus(LEASE).minusSeconds(1), LEASE))
                .isEmpty();
        List<SyncIntent> reclaimed = outbox.claim("owner-b", 10, NOW.plus(LEASE).plusSeconds(1), LEASE);

        assertThat(reclaimed).extracting(SyncIntent::id).containsExactly(claimed.id());
        assertThat(reclaimed.get(0).attempts()).isEqualTo(2);
        outbox.done(List.of(claimed.id()), "owner-a");
        assertThat(pending())
                .as("the owner whose lease expired no longer removes the intent")
                .isEqualTo(1);
        outbox.done(List.of(claimed.id()), "owner-b");
        assertThat(pending()).isZero();
    }

    @Test
    void concurrentClaimsSkipEachOthersLockedRowsAndNeverShareAnIntent() throws Exception {
        IntStream.rangeClosed(1, 50).forEach(n -> add(Action.FOLLOW, "so_many" + n, "so_c5"));
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        TransactionTemplate inOneTransaction = new TransactionTemplate(transactions);

        CompletableFuture<List<SyncIntent>> first =
                CompletableFuture.supplyAsync(() -> inOneTransaction.execute(status -> {
                    List<SyncIntent> claimed = outbox.claim("owner-a", 20, NOW, LEASE);
                    firstClaimed.countDown();
                    await(secondDone);
                    return claimed;
                }));
        assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
        // the first claim's rows stay locked until its transaction commits: the second must skip, not wait
        List<SyncIntent> second = CompletableFuture.supplyAsync(() -> outbox.claim("owner-b", 50, NOW, LEASE))
                .get(10, TimeUnit.SECONDS);
        secondDone.countDown();

        Set<Long> firstIds = ids(first.get(10, TimeUnit.SECONDS));
        Set<Long> secondIds = ids(second);
        assertThat(firstIds).hasSize(20);
        assertThat(secondIds).hasSize(30).doesNotContainAnyElementsOf(firstIds);
        assertThat(outbox.claim("owner-c", 50, NOW, LEASE)).isEmpty();
    }

    private long pending() {
        return jdbc.sql("select count(*) from sync_intents").query(Long.class).single();
    }

    private static Set<Long> ids(List<SyncIntent> intents) {
        Set<Long> ids = new HashSet<>();
        intents.forEach(i -> ids.add(i.id()));
        return ids;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
