package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;

import io.getstream.models.AddActivityRequest;
import io.getstream.models.AggregatedActivityResponse;
import io.getstream.models.GetOrCreateFeedRequest;
import io.getstream.models.GetOrCreateFeedResponse;
import io.getstream.models.MarkActivityRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The built-in notification group through the real SDK: groups by type and day, read/seen tracking, marks. */
class FakeStreamNotificationsTest extends FakeStreamTestSupport {

    @BeforeEach
    void users() {
        knownUsers("ana", "tom", "sam", "creator");
    }

    private String add(String type, String userId) throws Exception {
        return feeds.addActivity(AddActivityRequest.builder()
                        .type(type)
                        .userID(userId)
                        .text(type + " by " + userId)
                        .feeds(List.of("notification:creator"))
                        .build())
                .execute()
                .getData()
                .getActivity()
                .getId();
    }

    private GetOrCreateFeedResponse read(Integer limit, String next) throws Exception {
        return feeds.getOrCreateFeed(
                        "notification",
                        "creator",
                        GetOrCreateFeedRequest.builder()
                                .userID("creator")
                                .limit(limit)
                                .next(next)
                                .build())
                .execute()
                .getData();
    }

    private void mark(MarkActivityRequest request) throws Exception {
        feeds.markActivity("notification", "creator", request).execute();
    }

    @Test
    void groupsActivitiesOfOneTypeAndDayNewestGroupFirst() throws Exception {
        String first = add("reaction", "ana");
        String second = add("reaction", "tom");
        String question = add("question", "sam");
        String third = add("reaction", "ana");

        GetOrCreateFeedResponse page = read(null, null);

        List<AggregatedActivityResponse> groups = page.getAggregatedActivities();
        assertThat(groups)
                .extracting(AggregatedActivityResponse::getGroup)
                .hasSize(2)
                .allMatch(key -> key.matches("(reaction|question)-\\d{4}-\\d{2}-\\d{2}"));
        assertThat(groups.get(0).getGroup()).startsWith("reaction-");
        assertThat(groups.get(0).getActivityCount()).isEqualTo(3);
        assertThat(groups.get(0).getUserCount()).isEqualTo(2);
        assertThat(groups.get(0).getActivities()).extracting(a -> a.getId()).containsExactly(third, second, first);
        assertThat(groups.get(1).getActivities()).extracting(a -> a.getId()).containsExactly(question);
        assertThat(page.getActivities())
                .as("an aggregated read answers in groups")
                .isEmpty();
    }

    @Test
    void pagesOverGroups() throws Exception {
        add("reaction", "ana");
        add("comment", "tom");
        add("question", "sam");

        GetOrCreateFeedResponse first = read(2, null);
        GetOrCreateFeedResponse rest = read(2, first.getNext());

        assertThat(first.getAggregatedActivities()).hasSize(2);
        assertThat(first.getNext()).isNotBlank();
        assertThat(rest.getAggregatedActivities())
                .extracting(AggregatedActivityResponse::getGroup)
                .singleElement()
                .asString()
                .startsWith("reaction-");
        assertThat(rest.getNext()).isNull();
    }

    @Test
    void countsUnreadAndUnseenGroupsUntilMarked() throws Exception {
        add("reaction", "ana");
        add("question", "sam");
        String reactions = read(null, null).getAggregatedActivities().get(1).getGroup();

        assertThat(read(null, null).getNotificationStatus().getUnread()).isEqualTo(2);
        assertThat(read(null, null).getNotificationStatus().getUnseen()).isEqualTo(2);

        mark(MarkActivityRequest.builder().markRead(List.of(reactions)).build());
        var afterOne = read(null, null).getNotificationStatus();
        assertThat(afterOne.getUnread()).isEqualTo(1);
        assertThat(afterOne.getReadActivities()).containsExactly(reactions);
        assertThat(afterOne.getUnseen()).isEqualTo(2);

        mark(MarkActivityRequest.builder().markAllSeen(true).build());
        var allSeen = read(null, null).getNotificationStatus();
        assertThat(allSeen.getUnseen()).isZero();
        assertThat(allSeen.getLastSeenAt()).isNotNull();

        mark(MarkActivityRequest.builder().markAllRead(true).build());
        assertThat(read(null, null).getNotificationStatus().getUnread()).isZero();

        add("reaction", "tom");
        var again = read(null, null).getNotificationStatus();
        assertThat(again.getUnread())
                .as("a newer activity makes its group unread again")
                .isEqualTo(1);
        assertThat(again.getUnseen()).isEqualTo(1);
    }
}
