package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.getstream.exceptions.StreamException;
import io.getstream.models.ActivityPinResponse;
import io.getstream.models.PinActivityRequest;
import io.getstream.models.PinActivityResponse;
import io.getstream.models.UnpinActivityRequest;
import io.getstream.models.UnpinActivityResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeStreamPinsTest extends FakeStreamTestSupport {

    private String first;
    private String second;
    private String elsewhere;

    @BeforeEach
    void activities() throws StreamException {
        feed("user", "alice", "alice");
        feed("user", "bob", "bob");
        first = post("alice", "first", "user:alice").getId();
        second = post("alice", "second", "user:alice").getId();
        elsewhere = post("bob", "elsewhere", "user:bob").getId();
    }

    private PinActivityResponse pin(String activityId) throws StreamException {
        return feeds.pinActivity(
                        "user",
                        "alice",
                        activityId,
                        PinActivityRequest.builder().userID("alice").build())
                .execute()
                .getData();
    }

    @Test
    void pinsAnActivityAndListsThePinsNewestFirstInTheFeedRead() throws StreamException {
        PinActivityResponse pinned = pin(first);
        pin(second);

        assertThat(pinned.getActivity().getId()).isEqualTo(first);
        assertThat(pinned.getFeed()).isEqualTo("user:alice");
        assertThat(pinned.getUserID()).isEqualTo("alice");
        assertThat(pinned.getCreatedAt()).isNotNull();
        var read = feed("user", "alice", "alice");
        assertThat(read.getPinnedActivities())
                .extracting(p -> p.getActivity().getId())
                .containsExactly(second, first);
        ActivityPinResponse pin = read.getPinnedActivities().get(1);
        assertThat(pin.getFeed()).isEqualTo("user:alice");
        assertThat(pin.getUser().getId()).isEqualTo("alice");
        assertThat(pin.getCreatedAt()).isNotNull();
        assertThat(pin.getUpdatedAt()).isNotNull();
    }

    @Test
    void unpinsAndAnswers404WhenNothingIsPinned() throws StreamException {
        pin(first);

        UnpinActivityResponse unpinned = feeds.unpinActivity(
                        "user",
                        "alice",
                        first,
                        UnpinActivityRequest.builder().UserID("alice").build())
                .execute()
                .getData();

        assertThat(unpinned.getActivity().getId()).isEqualTo(first);
        assertThat(unpinned.getFeed()).isEqualTo("user:alice");
        assertThat(feed("user", "alice", "alice").getPinnedActivities()).isEmpty();
        assertThatThrownBy(() -> feeds.unpinActivity(
                                "user",
                                "alice",
                                first,
                                UnpinActivityRequest.builder().UserID("alice").build())
                        .execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getStatusCode()).isEqualTo(404));
    }

    @Test
    void refusesToPinAnActivityOfAnotherFeedOrAnUnknownOne() {
        for (String id : new String[] {elsewhere, "missing"}) {
            assertThatThrownBy(() -> pin(id))
                    .isInstanceOfSatisfying(
                            StreamException.class,
                            e -> assertThat(e.getResponseData().getStatusCode()).isEqualTo(404));
        }
        assertThat(fake.state().activities().pins("user:alice")).isEmpty();
    }

    @Test
    void refusesAPinAgainAndAServerPinWithoutUser() throws StreamException {
        pin(first);

        assertThatThrownBy(() -> pin(first))
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(4));
        assertThatThrownBy(() -> feeds.pinActivity("user", "alice", second, new PinActivityRequest())
                        .execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(4));
        assertThat(fake.state().activities().pins("user:alice")).hasSize(1);
    }

    @Test
    void leavesADeletedActivityOutOfThePins() throws StreamException {
        pin(first);
        feeds.deleteActivity(first).execute();

        assertThat(feed("user", "alice", "alice").getPinnedActivities()).isEmpty();
    }
}
