package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.getstream.exceptions.StreamException;
import io.getstream.models.BlockUsersRequest;
import io.getstream.models.BlockUsersResponse;
import io.getstream.models.BlockedUserResponse;
import io.getstream.models.GetBlockedUsersRequest;
import io.getstream.models.UnblockUsersRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeStreamBlocksTest extends FakeStreamTestSupport {

    @BeforeEach
    void users() {
        knownUsers("alice", "bob", "carol");
    }

    private BlockUsersResponse block(String userId, String blocked) throws StreamException {
        return client.blockUsers(BlockUsersRequest.builder()
                        .userID(userId)
                        .blockedUserID(blocked)
                        .build())
                .execute()
                .getData();
    }

    private List<BlockedUserResponse> blocked(String userId) throws StreamException {
        return client.getBlockedUsers(
                        GetBlockedUsersRequest.builder().UserID(userId).build())
                .execute()
                .getData()
                .getBlocks();
    }

    @Test
    void blocksListsAndUnblocks() throws StreamException {
        BlockUsersResponse made = block("alice", "bob");
        block("alice", "carol");

        assertThat(made.getBlockedByUserID()).isEqualTo("alice");
        assertThat(made.getBlockedUserID()).isEqualTo("bob");
        assertThat(made.getCreatedAt()).isNotNull();
        assertThat(blocked("alice"))
                .extracting(BlockedUserResponse::getBlockedUserID)
                .containsExactly("bob", "carol");
        assertThat(blocked("alice").get(0).getBlockedUser().getId()).isEqualTo("bob");
        assertThat(blocked("bob")).isEmpty();

        client.unblockUsers(UnblockUsersRequest.builder()
                        .userID("alice")
                        .blockedUserID("bob")
                        .build())
                .execute();

        assertThat(blocked("alice"))
                .extracting(BlockedUserResponse::getBlockedUserID)
                .containsExactly("carol");
        assertThat(fake.state().moderation().isBlocked("alice", "bob")).isFalse();
    }

    @Test
    void repeatingABlockKeepsTheFirstAndUnblockingANonBlockIsANoOp() throws StreamException {
        BlockUsersResponse first = block("alice", "bob");
        BlockUsersResponse again = block("alice", "bob");
        client.unblockUsers(UnblockUsersRequest.builder()
                        .userID("alice")
                        .blockedUserID("carol")
                        .build())
                .execute();

        assertThat(again.getCreatedAt()).isEqualTo(first.getCreatedAt());
        assertThat(blocked("alice")).hasSize(1);
    }

    @Test
    void refusesBlocksWithoutBlockerOfUnknownUsersOrOfOneself() {
        assertThatThrownBy(() -> client.blockUsers(
                                BlockUsersRequest.builder().blockedUserID("bob").build())
                        .execute())
                .isInstanceOf(StreamException.class);
        assertThatThrownBy(() -> block("alice", "ghost")).isInstanceOf(StreamException.class);
        assertThatThrownBy(() -> block("ghost", "bob")).isInstanceOf(StreamException.class);
        assertThatThrownBy(() -> block("alice", "alice")).isInstanceOf(StreamException.class);
        assertThatThrownBy(() -> client.getBlockedUsers().execute()).isInstanceOf(StreamException.class);

        assertThat(fake.state().moderation().blocksBy("alice")).isEmpty();
        assertThat(fake.requests("blockUsers"))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(400));
    }

    @Test
    void aBlockedUsersActivitiesStillAppearInTheBlockersReads() throws Exception {
        feed("user", "bob", "bob");
        String activity = post("bob", "still visible", "user:bob").getId();
        block("alice", "bob");

        var read = RawHttp.send(
                fake,
                "POST",
                "/api/v2/feeds/feed_groups/user/feeds/bob",
                client.tokenBuilder().createToken("alice", 3600),
                "{}");

        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode activities = Json.MAPPER.readTree(read.body()).path("activities");
        assertThat(activities.findValuesAsText("id")).contains(activity);
    }
}
