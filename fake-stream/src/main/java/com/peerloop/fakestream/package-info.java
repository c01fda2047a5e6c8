/**
 * A stateful fake of Stream's Activity Feeds v3 HTTP API for integration tests, spoken to by the real
 * {@code io.getstream:stream-sdk-java:4.1.1} SDK.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * try (FakeStream fake = FakeStream.start("key", "a-secret-of-at-least-32-bytes-long!!")) {
 *   // gateway: StreamHTTPClient subclass whose getBaseUrl() returns fake.baseUrl().toString()
 *   ...
 *   assertThat(fake.requests("follow")).singleElement().matches(RecordedRequest::succeeded);
 *   assertThat(fake.state().follows().exists("timeline:alice", "user:teacher")).isTrue();
 *   assertThat(fake.writeCount()).isEqualTo(1);
 * }
 * }</pre>
 *
 * <h2>Operations</h2>
 *
 * <p>Reads (name starts with get/query/list): {@code getApp, queryUsers, getOrCreateFeedGroup, getFeedGroup,
 * listFeedGroups, getOrCreateFeed, queryFeedMembers, getActivity, queryActivities, getComments, getComment,
 * getCommentReplies, queryFollows, queryBookmarks, queryReviewQueue, getBlockedUsers, getTask}.
 * Writes: {@code upsertUsers, updateUsersPartial, updateApp, createFeedGroup, updateFeedGroup, deleteFeedGroup,
 * deleteFeed, updateFeedMembers, addActivity, updateActivity, updateActivityPartial, deleteActivity, addReaction,
 * deleteReaction, addComment, updateComment, deleteComment, addCommentReaction, deleteCommentReaction,
 * pinActivity, unpinActivity, addBookmark, deleteBookmark, follow, unfollow, getOrCreateFollows,
 * getOrCreateUnfollows, markActivity, flag, blockUsers, unblockUsers, deleteFeedUserData, exportFeedUserData,
 * deleteUsers}. Unmatched paths are
 * recorded as {@code unknown} and answered 404.
 *
 * <h2>Behaviour choices</h2>
 *
 * <ul>
 *   <li>Before a handler runs, each operation's required fields and enum values from Stream's OpenAPI
 *       description are checked ({@link com.peerloop.fakestream.InputRules}); a refusal is 400 / code 4 with
 *       {@code exception_fields} and changes nothing.
 *   <li>JSON null in a request is "absent", except inside the {@code set} map of a partial user update, where
 *       it unsets the key, and in {@code PATCH /api/v2/app}, where it resets the setting (as 4.1.1's null-filled
 *       bodies do at Stream).
 *   <li>{@code POST /api/v2/users} replaces a user (its revocation included); {@code PATCH /api/v2/users}
 *       changes only what it names and refuses unknown ids unless a test picks another reading
 *       ({@link com.peerloop.fakestream.UserState#unknownUserPatches}).
 *   <li>Feeds must exist before they are followed (404 / code 16); adding an activity to a missing feed creates
 *       it with its group's default visibility; get-or-create needs an existing, not soft-deleted group. Users are
 *       auto-created only by a server-side get-or-create of a feed with {@code user_id}; memberships and follows
 *       of unknown users are refused.
 *   <li>Follows obey the target's visibility ({@code members}: members only; {@code private}: owner only;
 *       {@code followers}: pending). Repeating a plain follow is refused (unverified); the batch upserts are
 *       idempotent. Member roles are {@code feed_member} and {@code feed_moderator}. A reaction is unique per
 *       activity, user and type.
 *   <li>Feed reads are newest first; a group with a {@code following} selector (seeded {@code timeline},
 *       {@code stories}) also shows the activities of the feeds it follows. Cursors are opaque.
 *   <li>User tokens are accepted on the reads a client makes ({@code getOrCreateFeed}, {@code getActivity},
 *       {@code queryActivities}, {@code getComments}, {@code getComment}, {@code queryFeedMembers}), gated by
 *       the feed visibility table ({@link com.peerloop.fakestream.Visibility}); every other route is for the
 *       server token only (403 / code 17).
 *   <li>Flags gather on one review queue item per entity; a repeated flag by the same user is refused unless a
 *       test picks the other reading ({@link com.peerloop.fakestream.ModerationState#repeatedFlags}). Blocks
 *       change no feed read (unverified; the gateway hides blocked content itself).
 *   <li>{@code deleteFeedUserData}, {@code exportFeedUserData} and {@code deleteUsers} answer a {@code task_id}
 *       and do their work when the task completes: on its first {@code getTask} poll, or the n-th
 *       ({@link com.peerloop.fakestream.TaskState#completeOnPoll}), or at
 *       {@link com.peerloop.fakestream.TaskState#finishAll}. {@link com.peerloop.fakestream.FakeStream#failNextTasks}
 *       makes the next tasks of an operation finish {@code failed}, changing nothing.
 *   <li>Each request runs under one state lock, so state changes are atomic and a failed request changes
 *       nothing. Injected delays are applied outside the lock.
 * </ul>
 */
package com.peerloop.fakestream;
