package com.peerloop.fakestream;

/**
 * Read access for user tokens. Only {@code members} visibility is enforced: such a feed is readable by its
 * members (status {@code member}) and its creator. Server tokens read everything.
 */
final class Visibility {

  static final String MEMBERS = "members";

  private Visibility() {}

  /** The feed's effective visibility: its own, else its group's {@code default_visibility}. */
  static String of(FakeStreamState state, StoredFeed feed) {
    if (feed.visibility() != null) {
      return feed.visibility();
    }
    return state.feedGroups().get(feed.group()).map(StoredFeedGroup::defaultVisibility).orElse("visible");
  }

  static boolean canRead(FakeStreamState state, String fid, String userId) {
    if (userId == null) {
      return true;
    }
    return state.feeds().get(fid)
        .map(feed -> !MEMBERS.equals(of(state, feed))
            || userId.equals(feed.createdBy())
            || state.feeds().member(fid, userId).filter(m -> "member".equals(m.status())).isPresent())
        .orElse(true);
  }

  static void requireRead(FakeStreamState state, String fid, String userId) {
    if (!canRead(state, fid, userId)) {
      throw StreamError.forbidden("user " + userId + " is not allowed to read feed " + fid);
    }
  }
}
