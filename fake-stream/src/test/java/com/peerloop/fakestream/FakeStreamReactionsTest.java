package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.getstream.exceptions.StreamException;
import io.getstream.models.AddActivityReactionRequest;
import io.getstream.models.AddReactionResponse;
import io.getstream.models.DeleteActivityReactionRequest;
import io.getstream.models.DeleteActivityReactionResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeStreamReactionsTest extends FakeStreamTestSupport {

    private String activityId;

    @BeforeEach
    void anActivity() throws StreamException {
        feed("user", "alice", "alice");
        activityId = post("alice", "react to me", "user:alice").getId();
    }

    private AddReactionResponse react(String userId, String type, boolean enforceUnique) throws StreamException {
        return feeds.addActivityReaction(
                        activityId,
                        AddActivityReactionRequest.builder()
                                .type(type)
                                .userID(userId)
                                .enforceUnique(enforceUnique)
                                .build())
                .execute()
                .getData();
    }

    @Test
    void addsAReactionAndCountsItOnTheActivity() throws StreamException {
        react("bob", "like", false);
        AddReactionResponse second = react("carol", "like", false);

        assertThat(second.getReaction().getType()).isEqualTo("like");
        assertThat(second.getReaction().getUser().getId()).isEqualTo("carol");
        assertThat(second.getReaction().getActivityID()).isEqualTo(activityId);
        assertThat(second.getActivity().getReactionCount()).isEqualTo(2);
        assertThat(second.getActivity().getReactionGroups().get("like").getCount())
                .isEqualTo(2);
        assertThat(second.getActivity().getLatestReactions())
                .extracting(r -> r.getUser().getId())
                .containsExactly("carol", "bob");
        assertThat(feeds.getActivity(activityId)
                        .execute()
                        .getData()
                        .getActivity()
                        .getReactionCount())
                .isEqualTo(2);
    }

    @Test
    void keepsOneReactionOfATypePerUser() throws StreamException {
        react("bob", "like", false);

        AddReactionResponse again = react("bob", "like", false);

        assertThat(again.getActivity().getReactionCount()).isEqualTo(1);
        assertThat(fake.state().activities().reactions(activityId)).hasSize(1);
    }

    @Test
    void enforceUniqueReplacesTheUsersOtherReactionTypes() throws StreamException {
        react("bob", "like", false);
        react("bob", "love", false);
        react("carol", "like", false);

        AddReactionResponse unique = react("bob", "wow", true);

        assertThat(unique.getActivity().getReactionGroups()).containsOnlyKeys("like", "wow");
        assertThat(fake.state().activities().reactions(activityId))
                .extracting(r -> r.userId() + ":" + r.type())
                .containsExactlyInAnyOrder("carol:like", "bob:wow");
    }

    @Test
    void deletesAUsersReactionAndAnswers404WhenThereIsNone() throws StreamException {
        react("bob", "like", false);

        DeleteActivityReactionResponse deleted = feeds.deleteActivityReaction(
                        activityId,
                        "like",
                        DeleteActivityReactionRequest.builder().UserID("bob").build())
                .execute()
                .getData();

        assertThat(deleted.getReaction().getUser().getId()).isEqualTo("bob");
        assertThat(deleted.getActivity().getReactionCount()).isZero();
        assertThat(fake.requests("deleteReaction").get(0).query()).containsEntry("user_id", "bob");
        assertThatThrownBy(() -> feeds.deleteActivityReaction(
                                activityId,
                                "like",
                                DeleteActivityReactionRequest.builder()
                                        .UserID("bob")
                                        .build())
                        .execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(16));
    }

    @Test
    void refusesAReactionOnAnUnknownActivity() {
        assertThatThrownBy(() -> feeds.addActivityReaction(
                                "missing",
                                AddActivityReactionRequest.builder()
                                        .type("like")
                                        .userID("bob")
                                        .build())
                        .execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getStatusCode()).isEqualTo(404));
        assertThat(fake.state().activities().reactions("missing")).isEmpty();
    }
}
