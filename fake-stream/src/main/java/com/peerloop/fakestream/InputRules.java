package com.peerloop.fakestream;

import static com.peerloop.fakestream.InputRule.oneOf;
import static com.peerloop.fakestream.InputRule.required;
import static com.peerloop.fakestream.InputRule.requiredQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The input rules Stream checks, one table per operation: the required fields ({@code *}) and enum values
 * ({@code ∈}) of Stream's published OpenAPI description of the Feeds v3 server-side API (v236.0.4), as listed in
 * the workspace's stream-spec-facts.md. Keys are the fake's operation names (those of {@link RouteTable}); an
 * operation without an entry has no rules. Feed-group operations are validated by their routes.
 */
final class InputRules {

    /** A table entry: the spec's operation name (for messages) and its rules. */
    record Operation(String specName, List<InputRule> rules) {}

    // spec UserRequest: id* (nested wherever a request carries `user`)
    private static final List<InputRule> USER_REQUEST = List.of(required("id", "spec UserRequest.id*"));

    // spec FollowRequest: source*, target*, push_preference ∈ all/none, status ∈ accepted/pending/rejected
    private static final List<InputRule> FOLLOW_REQUEST = List.of(
            required("source", "spec FollowRequest.source*"),
            required("target", "spec FollowRequest.target*"),
            oneOf("push_preference", "spec FollowRequest.push_preference", "all", "none"),
            oneOf("status", "spec FollowRequest.status", "accepted", "pending", "rejected"));

    // spec FeedMemberRequest: user_id*
    private static final List<InputRule> FEED_MEMBER_REQUEST =
            List.of(required("user_id", "spec FeedMemberRequest.user_id*"));

    // spec FeedInput: visibility ∈ public/visible/followers/members/private; members: [FeedMemberRequest]
    private static final List<InputRule> FEED_INPUT = concat(
            Stream.of(oneOf(
                    "visibility", "spec FeedInput.visibility", "public", "visible", "followers", "members", "private")),
            InputRule.all("members.*", FEED_MEMBER_REQUEST));

    private static final String[] VISIBILITY = {"public", "private", "tag"};
    private static final String[] RESTRICT_REPLIES = {"everyone", "people_i_follow", "nobody"};

    private static final Map<String, Operation> TABLE = new HashMap<>();

    static {
        // spec UpdateUsersRequest: users* (map<UserRequest>)
        put(
                "upsertUsers",
                "UpdateUsers",
                Stream.of(required("users", "spec UpdateUsersRequest.users*")),
                InputRule.all("users.*", USER_REQUEST));
        // spec UpdateUsersPartialRequest: users*; UpdateUserPartialRequest.id is non-@Nullable in the 4.1.1 model
        // (the schema itself is not in the facts list)
        put(
                "updateUsersPartial",
                "UpdateUsersPartial",
                Stream.of(
                        required("users", "spec UpdateUsersPartialRequest.users*"),
                        required("users.*.id", "4.1.1 model UpdateUserPartialRequest.id (non-@Nullable)")));
        // spec UpdateAppRequest: enums only, nothing required
        put(
                "updateApp",
                "UpdateApp",
                Stream.of(
                        oneOf(
                                "enforce_unique_usernames",
                                "spec UpdateAppRequest.enforce_unique_usernames",
                                "no",
                                "app",
                                "team"),
                        oneOf("permission_version", "spec UpdateAppRequest.permission_version", "v1", "v2"),
                        oneOf(
                                "chat_primary_use_case",
                                "spec UpdateAppRequest.chat_primary_use_case",
                                "messaging",
                                "customer-support",
                                "community",
                                "marketplace",
                                "gaming",
                                "telehealth",
                                "on-demand",
                                "workforce-management",
                                "dating",
                                "education",
                                "financial",
                                "sports",
                                "real-money-gaming"),
                        oneOf(
                                "video_primary_use_case",
                                "spec UpdateAppRequest.video_primary_use_case",
                                "video-calling",
                                "voice-calling",
                                "livestreaming",
                                "audio-rooms",
                                "ai-agents",
                                "live-shopping",
                                "other")));
        // QueryUsers takes its QueryUsersPayload as the JSON query parameter `payload` (4.1.1 model QueryUsersRequest,
        // @Query("payload")); whether Stream refuses a query without it is unverified (the stricter reading: it does).
        // The payload's filter_conditions is checked by the route (UserRoutes.queryUsers).
        put("queryUsers", "QueryUsers", Stream.of(requiredQuery("payload", "4.1.1 model QueryUsersRequest.payload")));
        // spec GetOrCreateFeedRequest: data: FeedInput, user: UserRequest
        put(
                "getOrCreateFeed",
                "GetOrCreateFeed",
                InputRule.all("data", FEED_INPUT),
                InputRule.all("user", USER_REQUEST));
        // spec AddActivityRequest: feeds*, type*, restrict_replies ∈ …, visibility ∈ public/private/tag
        put(
                "addActivity",
                "AddActivity",
                Stream.of(
                        required("feeds", "spec AddActivityRequest.feeds*"),
                        required("type", "spec AddActivityRequest.type*"),
                        oneOf("restrict_replies", "spec AddActivityRequest.restrict_replies", RESTRICT_REPLIES),
                        oneOf("visibility", "spec AddActivityRequest.visibility", VISIBILITY)));
        // spec AddReactionRequest: type*, user: UserRequest
        put(
                "addReaction",
                "AddActivityReaction",
                Stream.of(required("type", "spec AddReactionRequest.type*")),
                InputRule.all("user", USER_REQUEST));
        // spec AddCommentRequest: nothing required itself; user: UserRequest
        put("addComment", "AddComment", InputRule.all("user", USER_REQUEST));
        // spec GetComments query: object_id*, object_type*
        put(
                "getComments",
                "GetComments",
                Stream.of(
                        requiredQuery("object_id", "spec GetComments query object_id*"),
                        requiredQuery("object_type", "spec GetComments query object_type*")));
        // spec FollowRequest (Follow and GetOrCreateFollow)
        put("follow", "Follow", FOLLOW_REQUEST.stream());
        put("getOrCreateFollow", "GetOrCreateFollow", FOLLOW_REQUEST.stream());
        // spec FollowBatchRequest: follows* ([FollowRequest])
        put(
                "getOrCreateFollows",
                "GetOrCreateFollows",
                Stream.of(required("follows", "spec FollowBatchRequest.follows*")),
                InputRule.all("follows.*", FOLLOW_REQUEST));
        // spec UnfollowBatchRequest: follows* ([UnfollowPair]); the pair's source and target are non-@Nullable in
        // the 4.1.1 model FollowPair (UnfollowPair itself is not in the facts list)
        put(
                "getOrCreateUnfollows",
                "GetOrCreateUnfollows",
                Stream.of(
                        required("follows", "spec UnfollowBatchRequest.follows*"),
                        required("follows.*.source", "4.1.1 model FollowPair.source (non-@Nullable)"),
                        required("follows.*.target", "4.1.1 model FollowPair.target (non-@Nullable)")));
        // spec UpdateFeedMembersRequest: operation* ∈ upsert/remove/set, members: [FeedMemberRequest]
        put(
                "updateFeedMembers",
                "UpdateFeedMembers",
                Stream.of(
                        required("operation", "spec UpdateFeedMembersRequest.operation*"),
                        oneOf("operation", "spec UpdateFeedMembersRequest.operation", "upsert", "remove", "set")),
                InputRule.all("members.*", FEED_MEMBER_REQUEST));
        // the next capabilities' operations: each request that carries `user` nests a UserRequest
        put("markActivity", "MarkActivity", InputRule.all("user", USER_REQUEST));
        put("pinActivity", "PinActivity", InputRule.all("user", USER_REQUEST));
        // spec AddBookmarkRequest / QueryBookmarksRequest: nothing required; user: UserRequest
        put("addBookmark", "AddBookmark", InputRule.all("user", USER_REQUEST));
        put("queryBookmarks", "QueryBookmarks", InputRule.all("user", USER_REQUEST));
        put("updateActivityPartial", "UpdateActivityPartial", InputRule.all("user", USER_REQUEST));
        // spec UpdateActivityRequest: restrict_replies and visibility enums, user: UserRequest
        put(
                "updateActivity",
                "UpdateActivity",
                Stream.of(
                        oneOf("restrict_replies", "spec UpdateActivityRequest.restrict_replies", RESTRICT_REPLIES),
                        oneOf("visibility", "spec UpdateActivityRequest.visibility", VISIBILITY)),
                InputRule.all("user", USER_REQUEST));
        put("updateComment", "UpdateComment", InputRule.all("user", USER_REQUEST));
        // spec AddCommentReactionRequest: type*, user: UserRequest
        put(
                "addCommentReaction",
                "AddCommentReaction",
                Stream.of(required("type", "spec AddCommentReactionRequest.type*")),
                InputRule.all("user", USER_REQUEST));
        put("queryActivities", "QueryActivities", InputRule.all("user", USER_REQUEST));
        // spec DeleteUsersRequest: user_ids*, calls/conversations ∈ soft/hard, messages/user ∈ soft/pruning/hard
        put(
                "deleteUsers",
                "DeleteUsers",
                Stream.of(
                        required("user_ids", "spec DeleteUsersRequest.user_ids*"),
                        oneOf("calls", "spec DeleteUsersRequest.calls", "soft", "hard"),
                        oneOf("conversations", "spec DeleteUsersRequest.conversations", "soft", "hard"),
                        oneOf("messages", "spec DeleteUsersRequest.messages", "soft", "pruning", "hard"),
                        oneOf("user", "spec DeleteUsersRequest.user", "soft", "pruning", "hard")));
        // spec BlockUsersRequest / UnblockUsersRequest: blocked_user_id*, user: UserRequest
        put(
                "blockUsers",
                "BlockUsers",
                Stream.of(required("blocked_user_id", "spec BlockUsersRequest.blocked_user_id*")),
                InputRule.all("user", USER_REQUEST));
        put(
                "unblockUsers",
                "UnblockUsers",
                Stream.of(required("blocked_user_id", "spec UnblockUsersRequest.blocked_user_id*")),
                InputRule.all("user", USER_REQUEST));
        // spec FlagRequest: entity_id*, entity_type*, user: UserRequest
        put(
                "flag",
                "Flag",
                Stream.of(
                        required("entity_id", "spec FlagRequest.entity_id*"),
                        required("entity_type", "spec FlagRequest.entity_type*")),
                InputRule.all("user", USER_REQUEST));
        // spec QueryReviewQueueRequest: nothing required itself; user: UserRequest
        put("queryReviewQueue", "QueryReviewQueue", InputRule.all("user", USER_REQUEST));
        // No body or query rules in the spec: getApp, getActivity, deleteActivity, deleteReaction, getComment,
        // deleteComment, unfollow, queryFollows, queryFeedMembers, unpinActivity, deleteBookmark,
        // deleteCommentReaction, getCommentReplies, deleteFeedUserData, exportFeedUserData, getTask, getBlockedUsers.
    }

    private InputRules() {}

    /** The rules of {@code operation}, empty when Stream documents none (or the operation is unknown). */
    static Optional<Operation> of(String operation) {
        return Optional.ofNullable(TABLE.get(operation));
    }

    @SafeVarargs
    private static void put(String operation, String specName, Stream<InputRule>... parts) {
        TABLE.put(operation, new Operation(specName, concat(parts)));
    }

    @SafeVarargs
    private static List<InputRule> concat(Stream<InputRule>... parts) {
        List<InputRule> rules = new ArrayList<>();
        for (Stream<InputRule> part : parts) {
            part.forEach(rules::add);
        }
        return List.copyOf(rules);
    }
}
