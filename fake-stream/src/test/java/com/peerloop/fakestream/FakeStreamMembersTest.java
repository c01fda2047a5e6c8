package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.getstream.exceptions.StreamException;
import io.getstream.models.FeedMemberRequest;
import io.getstream.models.QueryFeedMembersRequest;
import io.getstream.models.QueryFeedMembersResponse;
import io.getstream.models.UpdateFeedMembersRequest;
import io.getstream.models.UpdateFeedMembersResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeStreamMembersTest extends FakeStreamTestSupport {

    @BeforeEach
    void courseFeed() throws StreamException {
        feed("user", "course-1", "teacher");
        knownUsers("s1", "s2", "s3");
    }

    private UpdateFeedMembersResponse upsert(FeedMemberRequest member) throws StreamException {
        return feeds.updateFeedMembers(
                        "user",
                        "course-1",
                        UpdateFeedMembersRequest.builder()
                                .operation("upsert")
                                .members(List.of(member))
                                .build())
                .execute()
                .getData();
    }

    private static void assertInvalidField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StreamException.class, e -> {
            assertThat(e.getResponseData().getStatusCode()).isEqualTo(400);
            assertThat(e.getResponseData().getCode()).isEqualTo(4);
            assertThat(e.getResponseData().getExceptionFields()).containsKey(field);
        });
    }

    @Test
    void givesTheDefaultRoleFeedMemberAndKeepsFeedModerator() throws StreamException {
        UpdateFeedMembersResponse plain = members("upsert", "s1");
        upsert(FeedMemberRequest.builder().userID("s2").role("feed_moderator").build());
        members("upsert", "s2");

        assertThat(plain.getAdded())
                .singleElement()
                .satisfies(m -> assertThat(m.getRole()).isEqualTo("feed_member"));
        assertThat(fake.state()
                        .feeds()
                        .member("user:course-1", "s1")
                        .orElseThrow()
                        .role())
                .isEqualTo("feed_member");
        assertThat(fake.state()
                        .feeds()
                        .member("user:course-1", "s2")
                        .orElseThrow()
                        .role())
                .isEqualTo("feed_moderator");
    }

    @Test
    void refusesARoleStreamDoesNotDocumentWithoutChangingMembers() throws StreamException {
        members("upsert", "s1");

        for (String role : List.of("owner", "member", "moderator")) {
            assertInvalidField(
                    () -> upsert(
                            FeedMemberRequest.builder().userID("s2").role(role).build()),
                    "members[0].role");
        }
        assertThat(stored()).containsExactly("s1");
    }

    @Test
    void refusesAMemberStreamDoesNotKnowAsAUserWithoutChangingMembers() throws StreamException {
        assertInvalidField(() -> members("upsert", "s1", "ghost"), "members[1].user_id");
        assertInvalidField(() -> members("set", "ghost"), "members[0].user_id");

        assertThat(stored()).isEmpty();
        assertThat(fake.state().users().get("ghost")).isEmpty();
    }

    private UpdateFeedMembersResponse members(String operation, String... userIds) throws StreamException {
        List<FeedMemberRequest> members = Arrays.stream(userIds)
                .map(id -> FeedMemberRequest.builder().userID(id).build())
                .toList();
        return feeds.updateFeedMembers(
                        "user",
                        "course-1",
                        UpdateFeedMembersRequest.builder()
                                .operation(operation)
                                .members(members)
                                .build())
                .execute()
                .getData();
    }

    private List<String> stored() {
        return fake.state().feeds().members("user:course-1").stream()
                .map(StoredMember::userId)
                .toList();
    }

    @Test
    void upsertAddsNewMembersAndUpdatesExistingOnes() throws StreamException {
        members("upsert", "s1");

        UpdateFeedMembersResponse response = members("upsert", "s1", "s2");

        assertThat(response.getAdded()).extracting(m -> m.getUser().getId()).containsExactly("s2");
        assertThat(response.getUpdated()).extracting(m -> m.getUser().getId()).containsExactly("s1");
        assertThat(response.getAdded().get(0).getStatus()).isEqualTo("member");
        assertThat(stored()).containsExactly("s1", "s2");
    }

    @Test
    void removeDropsOnlyTheListedMembers() throws StreamException {
        members("upsert", "s1", "s2", "s3");

        UpdateFeedMembersResponse response = members("remove", "s2", "not-a-member");

        assertThat(response.getRemovedIds()).containsExactly("s2");
        assertThat(stored()).containsExactly("s1", "s3");
    }

    @Test
    void setMakesTheListTheWholeMembership() throws StreamException {
        members("upsert", "s1", "s2");

        UpdateFeedMembersResponse response = members("set", "s2", "s3");

        assertThat(response.getRemovedIds()).containsExactly("s1");
        assertThat(response.getAdded()).extracting(m -> m.getUser().getId()).containsExactly("s3");
        assertThat(stored()).containsExactly("s2", "s3");
    }

    @Test
    void refusesAnUnknownOperationWithoutChangingMembers() throws StreamException {
        members("upsert", "s1");

        assertThatThrownBy(() -> members("replace", "s9"))
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(4));
        assertThat(stored()).containsExactly("s1");
    }

    @Test
    void queriesMembersWithAFilterAndPages() throws StreamException {
        members("upsert", "s1", "s2", "s3");

        QueryFeedMembersResponse filtered = feeds.queryFeedMembers(
                        "user",
                        "course-1",
                        QueryFeedMembersRequest.builder()
                                .filter(Map.of("user_id", Map.of("$in", List.of("s1", "s3"))))
                                .build())
                .execute()
                .getData();
        QueryFeedMembersResponse first = feeds.queryFeedMembers(
                        "user",
                        "course-1",
                        QueryFeedMembersRequest.builder().limit(2).build())
                .execute()
                .getData();
        QueryFeedMembersResponse second = feeds.queryFeedMembers(
                        "user",
                        "course-1",
                        QueryFeedMembersRequest.builder()
                                .limit(2)
                                .next(first.getNext())
                                .build())
                .execute()
                .getData();

        assertThat(filtered.getMembers()).extracting(m -> m.getUser().getId()).containsExactly("s1", "s3");
        assertThat(first.getMembers()).extracting(m -> m.getUser().getId()).containsExactly("s1", "s2");
        assertThat(second.getMembers()).extracting(m -> m.getUser().getId()).containsExactly("s3");
        assertThat(second.getNext()).isNull();
        assertThat(fake.requests("queryFeedMembers")).allMatch(r -> !r.write());
    }
}
