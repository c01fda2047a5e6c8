package com.peerloop.gateway.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.peerloop.gateway.access.AccessPolicy;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.safety.Blocks;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.Actor;
import com.peerloop.gateway.stream.FeedModels.Comment;
import com.peerloop.gateway.stream.NotificationModels.GatewayNotification;
import com.peerloop.gateway.stream.NotificationModels.GatewayNotificationType;
import com.peerloop.gateway.stream.NotificationModels.Marks;
import com.peerloop.gateway.stream.NotificationModels.NotificationPage;
import com.peerloop.gateway.stream.NotificationModels.NotificationStatus;
import com.peerloop.gateway.stream.NotificationStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The decisions of {@link Notifications} for every event of the contract's table, the replies and comment
 * reactions included, with the readers of each feed given as plain data.
 */
class NotificationDecisionsTest {

    /** course:c1 is read by its author "a", "b", the commenter "c" and the creator "cr"; "x" reads nothing. */
    private static final Map<String, Set<String>> READERS =
            Map.of("course:c1", Set.of("a", "b", "c", "cr"), "notification:cr", Set.of("cr"));

    private final List<GatewayNotification> written = new ArrayList<>();
    private Notifications notifications;

    private final Activity post = activity("p1", "a", "course:c1", "notification:cr");
    private final Comment comment = comment("k1", "c", null);

    @BeforeEach
    void setUp() {
        AccessPolicy policy = mock(AccessPolicy.class);
        when(policy.mayRead(anyString(), any(Feed.class))).thenAnswer(call -> {
            String user = call.getArgument(0);
            Feed feed = call.getArgument(1);
            return feed.group() == FeedGroup.USER
                    || READERS.getOrDefault(feed.fid(), Set.of()).contains(user);
        });
        NotificationStore store = new RecordingStore();
        Blocks blocks = mock(Blocks.class);
        when(blocks.hasBlocked(anyString(), anyString()))
                .thenAnswer(call -> "blocker".equals(call.getArgument(0)) && "b".equals(call.getArgument(1)));
        notifications = new Notifications(
                policy, store, new Badges(store, new NotificationProperties(Duration.ofSeconds(5), 100)), blocks);
    }

    @Test
    void aCommentOrAReactionNotifiesTheActivitysAuthorButNeverTheActor() {
        assertThat(notifications.ofComment("b", post)).contains("a");
        assertThat(notifications.ofReaction("b", post)).contains("a");
        assertThat(notifications.ofReaction("a", post)).isEmpty();
        assertThat(notifications.ofComment("a", post)).isEmpty();
    }

    @Test
    void nobodyIsNotifiedOfWhatAUserTheyBlockedDid() {
        Activity blockersPost = activity("p2", "blocker", "user:blocker");

        assertThat(notifications.ofReaction("b", blockersPost)).isEmpty();
        assertThat(notifications.ofComment("b", blockersPost)).isEmpty();
        assertThat(notifications.ofMentions("b", List.of("blocker", "a"), List.of(new Feed(FeedGroup.USER, "x"))))
                .containsExactly("a");
        assertThat(notifications.ofReaction("a", blockersPost)).contains("blocker");
    }

    @Test
    void aReplyOrACommentReactionNotifiesTheCommentsAuthor() {
        assertThat(notifications.ofReply("b", comment, post)).contains("c");
        assertThat(notifications.ofCommentReaction("b", comment, post)).contains("c");
        assertThat(notifications.ofReply("c", comment, post)).isEmpty();
        assertThat(notifications.ofCommentReaction("c", comment, post)).isEmpty();
    }

    @Test
    void aRecipientWhoMayNotReadTheActivitysFeedIsNotNotified() {
        Comment byOutsider = comment("k2", "x", null);
        Activity byOutsiderPost = activity("p2", "x", "course:c1");

        assertThat(notifications.ofReply("b", byOutsider, post)).isEmpty();
        assertThat(notifications.ofCommentReaction("b", byOutsider, post)).isEmpty();
        assertThat(notifications.ofReaction("b", byOutsiderPost)).isEmpty();
    }

    @Test
    void theNotificationFeedAnActivityWasDeliveredToIsNotOneItIsReadIn() {
        Activity deliveredOnly = activity("p3", "a", "notification:cr");

        assertThat(notifications.ofComment("cr", deliveredOnly)).isEmpty();
    }

    @Test
    void aFollowOfAUserFeedNotifiesItsOwnerAndOtherFollowsNobody() {
        assertThat(notifications.ofFollow("b", Feed.of("user:a"))).contains("a");
        assertThat(notifications.ofFollow("a", Feed.of("user:a"))).isEmpty();
        assertThat(notifications.ofFollow("b", Feed.of("course:c1"))).isEmpty();
    }

    @Test
    void aQuestionNotifiesTheCreatorUnlessTheyAskedIt() {
        assertThat(notifications.ofQuestion("a", "cr", Feed.of("course:c1"))).contains("cr");
        assertThat(notifications.ofQuestion("cr", "cr", Feed.of("course:c1"))).isEmpty();
    }

    @Test
    void mentionsKeepEachReaderOnceAndDropTheActorAndOutsiders() {
        assertThat(notifications.ofMentions("a", List.of("b", "x", "a", "b", "cr"), post))
                .containsExactly("b", "cr");
        assertThat(notifications.ofMentions("a", null, post)).isEmpty();
    }

    @Test
    void repliesAndMentionsAreWrittenByTheGatewayWithWhatTheyAreAbout() {
        Comment reply = comment("k3", "b", "k1");

        notifications.sendReply("c", "b", reply, post);
        notifications.sendMentions("b", List.of("cr"), post, reply);
        notifications.sendMentions("a", List.of("b"), post, null);

        assertThat(written)
                .containsExactly(
                        new GatewayNotification("c", GatewayNotificationType.REPLY, "b", "text k3", "p1", "k3"),
                        new GatewayNotification("cr", GatewayNotificationType.MENTION, "b", "text k3", "p1", "k3"),
                        new GatewayNotification("b", GatewayNotificationType.MENTION, "a", "text p1", "p1", null));
    }

    private static Activity activity(String id, String authorId, String... feeds) {
        return new Activity(
                id,
                List.of(feeds),
                "post",
                "text " + id,
                List.of(),
                Map.of(),
                new Actor(authorId, null, null),
                Instant.EPOCH,
                Map.of(),
                0,
                null,
                false);
    }

    private static Comment comment(String id, String authorId, String parentId) {
        return new Comment(
                id, "p1", "text " + id, new Actor(authorId, null, null), Instant.EPOCH, parentId, 0, Map.of(), null);
    }

    private final class RecordingStore implements NotificationStore {

        @Override
        public NotificationPage page(String userId, int limit, String next) {
            return new NotificationPage(List.of(), status(userId), null);
        }

        @Override
        public NotificationStatus status(String userId) {
            return new NotificationStatus(0, 0);
        }

        @Override
        public void markRead(String userId, Marks marks) {}

        @Override
        public void markSeen(String userId, Marks marks) {}

        @Override
        public void write(GatewayNotification notification) {
            written.add(notification);
        }
    }
}
