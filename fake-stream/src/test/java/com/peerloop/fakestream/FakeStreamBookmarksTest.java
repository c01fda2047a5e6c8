package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.getstream.exceptions.StreamException;
import io.getstream.models.AddBookmarkRequest;
import io.getstream.models.AddBookmarkResponse;
import io.getstream.models.BookmarkResponse;
import io.getstream.models.DeleteActivityRequest;
import io.getstream.models.DeleteBookmarkRequest;
import io.getstream.models.GetOrCreateFeedRequest;
import io.getstream.models.QueryBookmarksRequest;
import io.getstream.models.QueryBookmarksResponse;
import io.getstream.models.SortParamRequest;
import io.getstream.models.UserRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeStreamBookmarksTest extends FakeStreamTestSupport {

    private static final List<SortParamRequest> NEWEST_FIRST =
            List.of(SortParamRequest.builder().field("created_at").direction(-1).build());

    private String first;
    private String second;
    private String third;

    @BeforeEach
    void activities() throws StreamException {
        feed("user", "alice", "alice");
        first = post("alice", "first", "user:alice").getId();
        second = post("alice", "second", "user:alice").getId();
        third = post("alice", "third", "user:alice").getId();
    }

    private AddBookmarkResponse bookmark(String activityId, String userId) throws StreamException {
        return feeds.addBookmark(
                        activityId, AddBookmarkRequest.builder().userID(userId).build())
                .execute()
                .getData();
    }

    private QueryBookmarksResponse query(Map<String, Object> filter, int limit, String next) throws StreamException {
        return feeds.queryBookmarks(QueryBookmarksRequest.builder()
                        .filter(filter)
                        .sort(NEWEST_FIRST)
                        .limit(limit)
                        .next(next)
                        .build())
                .execute()
                .getData();
    }

    @Test
    void addsABookmarkAndCountsItOnTheActivity() throws StreamException {
        AddBookmarkResponse added = bookmark(first, "bob");
        bookmark(first, "carol");

        BookmarkResponse bookmark = added.getBookmark();
        assertThat(bookmark.getActivity().getId()).isEqualTo(first);
        assertThat(bookmark.getUser().getId()).isEqualTo("bob");
        assertThat(bookmark.getCreatedAt()).isNotNull();
        var read = feeds.getOrCreateFeed(
                        "user",
                        "alice",
                        GetOrCreateFeedRequest.builder().userID("bob").build())
                .execute()
                .getData();
        var activity = read.getActivities().stream()
                .filter(a -> a.getId().equals(first))
                .findFirst()
                .orElseThrow();
        assertThat(activity.getBookmarkCount()).isEqualTo(2);
        assertThat(activity.getOwnBookmarks())
                .extracting(b -> b.getUser().getId())
                .containsExactly("bob");
    }

    @Test
    void queriesAUsersBookmarksNewestFirstPageByPage() throws StreamException {
        bookmark(first, "bob");
        bookmark(second, "bob");
        bookmark(third, "bob");
        bookmark(second, "carol");

        QueryBookmarksResponse page = query(Map.of("user_id", "bob"), 2, null);
        QueryBookmarksResponse rest = query(Map.of("user_id", "bob"), 2, page.getNext());

        assertThat(page.getBookmarks()).extracting(b -> b.getActivity().getId()).containsExactly(third, second);
        assertThat(rest.getBookmarks()).extracting(b -> b.getActivity().getId()).containsExactly(first);
        assertThat(rest.getNext()).isNull();
        assertThat(query(Map.of("activity_id", second), 10, null).getBookmarks())
                .extracting(b -> b.getUser().getId())
                .containsExactly("carol", "bob");
    }

    @Test
    void deletesABookmarkAndAnswers404WhenThereIsNone() throws StreamException {
        bookmark(first, "bob");

        var deleted = feeds.deleteBookmark(
                        first, DeleteBookmarkRequest.builder().UserID("bob").build())
                .execute()
                .getData();

        assertThat(deleted.getBookmark().getActivity().getId()).isEqualTo(first);
        assertThat(fake.state().activities().bookmarksOf(first)).isEmpty();
        assertThatThrownBy(() -> feeds.deleteBookmark(
                                first,
                                DeleteBookmarkRequest.builder().UserID("bob").build())
                        .execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getStatusCode()).isEqualTo(404));
    }

    @Test
    void refusesAnUnknownActivityARepeatAndAServerBookmarkWithoutUser() throws StreamException {
        bookmark(first, "bob");

        assertThatThrownBy(() -> bookmark("missing", "bob"))
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getStatusCode()).isEqualTo(404));
        assertThatThrownBy(() -> bookmark(first, "bob"))
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(4));
        assertThatThrownBy(() ->
                        feeds.addBookmark(second, new AddBookmarkRequest()).execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(4));
        assertThat(fake.state().activities().bookmarks()).hasSize(1);
    }

    @Test
    void refusesANestedUserWithoutIdAndAddsNothing() {
        assertThatThrownBy(() -> feeds.addBookmark(
                                first,
                                AddBookmarkRequest.builder()
                                        .user(UserRequest.builder().build())
                                        .build())
                        .execute())
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(4));
        assertThat(fake.state().activities().bookmarks()).isEmpty();
    }

    @Test
    void refusesALimitAboveTheSpecsMaximumAndAnUnsupportedFilter() {
        assertThatThrownBy(() -> query(Map.of("user_id", "bob"), 101, null))
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(4));
        assertThatThrownBy(() -> query(Map.of("folder_id", "f1"), 10, null))
                .isInstanceOfSatisfying(
                        StreamException.class,
                        e -> assertThat(e.getResponseData().getCode()).isEqualTo(4));
    }

    @Test
    void aHardDeletedActivityTakesItsBookmarksAlong() throws StreamException {
        bookmark(first, "bob");

        feeds.deleteActivity(
                        first, DeleteActivityRequest.builder().HardDelete(true).build())
                .execute();

        assertThat(fake.state().activities().bookmarks()).isEmpty();
    }
}
