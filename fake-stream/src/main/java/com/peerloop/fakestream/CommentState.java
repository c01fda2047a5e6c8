package com.peerloop.fakestream;

import java.util.List;
import java.util.Optional;

/**
 * Comments, soft-deleted ones included (see {@link StoredComment#isDeleted()}), and their reactions; non-deleted
 * comments are indexed by object id and by parent id.
 */
public final class CommentState {

    private final Table<StoredComment> comments;
    private final TableIndex<StoredComment> liveByObject;
    private final TableIndex<StoredComment> liveByParent;
    private final Table<StoredCommentReaction> reactions;
    private final TableIndex<StoredCommentReaction> reactionsByComment;

    CommentState(Object lock) {
        this.comments = new Table<>(lock);
        this.liveByObject = comments.indexBy(comment -> comment.isDeleted() ? null : comment.objectId());
        this.liveByParent = comments.indexBy(comment -> comment.isDeleted() ? null : comment.parentId());
        this.reactions = new Table<>(lock);
        this.reactionsByComment = reactions.indexBy(StoredCommentReaction::commentId);
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
        List<StoredComment> result = comments.where(liveByObject, objectId);
        result.removeIf(comment -> !comment.objectType().equals(objectType));
        return result;
    }

    /** Non-deleted direct replies to the comment, oldest first. */
    public List<StoredComment> replies(String parentId) {
        return comments.where(liveByParent, parentId);
    }

    public void put(StoredComment comment) {
        comments.put(comment.id(), comment);
    }

    /** Removes the comment outright (a hard delete) together with its reactions. */
    public boolean remove(String id) {
        reactions.removeWhere(reactionsByComment, id);
        return comments.remove(id);
    }

    /** The comment's reactions, oldest first. */
    public List<StoredCommentReaction> reactions(String commentId) {
        return reactions.where(reactionsByComment, commentId);
    }

    public Optional<StoredCommentReaction> reaction(String commentId, String type, String userId) {
        return reactions.get(StoredCommentReaction.key(commentId, type, userId));
    }

    public void putReaction(StoredCommentReaction reaction) {
        reactions.put(StoredCommentReaction.key(reaction.commentId(), reaction.type(), reaction.userId()), reaction);
    }

    public boolean removeReaction(String commentId, String type, String userId) {
        return reactions.remove(StoredCommentReaction.key(commentId, type, userId));
    }

    void clear() {
        comments.clear();
        reactions.clear();
    }
}
