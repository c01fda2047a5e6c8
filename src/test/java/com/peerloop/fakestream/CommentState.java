package com.peerloop.fakestream;

import java.util.List;
import java.util.Optional;

/** Comments, soft-deleted ones included (see {@link StoredComment#isDeleted()}). */
public final class CommentState {

  private final Table<StoredComment> comments;

  CommentState(Object lock) {
    this.comments = new Table<>(lock);
  }

  public Optional<StoredComment> get(String id) {
    return comments.get(id);
  }

  /** The comment unless it is missing or soft-deleted. */
  public Optional<StoredComment> live(String id) {
    return get(id).filter(comment -> !comment.isDeleted());
  }

  public List<StoredComment> all() {
    return comments.all();
  }

  /** Non-deleted comments (replies included) on the object, oldest first. */
  public List<StoredComment> on(String objectType, String objectId) {
    return comments.where(comment -> !comment.isDeleted()
        && comment.objectId().equals(objectId)
        && comment.objectType().equals(objectType));
  }

  /** Non-deleted direct replies to the comment, oldest first. */
  public List<StoredComment> replies(String parentId) {
    return comments.where(comment -> !comment.isDeleted() && parentId.equals(comment.parentId()));
  }

  public void put(StoredComment comment) {
    comments.put(comment.id(), comment);
  }

  public boolean remove(String id) {
    return comments.remove(id);
  }

  void clear() {
    comments.clear();
  }
}
