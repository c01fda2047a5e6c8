package com.peerloop.fakestream;

import java.util.Comparator;
import java.util.List;

/**
 * The comment orders of GetComments and GetCommentReplies. Stream names five (spec GetCommentsResponse.sort and
 * QueryCommentsRequest.sort: "first (oldest), last (newest) or top. One of: first, last, top, best,
 * controversial"); {@code last} is the default (unverified: the spec names no default). Stream does not publish
 * how {@code top} ranks: the fake ranks by reaction count, most first, ties newest first (unverified). {@code best}
 * and {@code controversial} depend on vote scores the fake does not model, so it refuses them, as it refuses any
 * other value (unverified, the stricter reading).
 */
enum CommentSort {
    FIRST("first"),
    LAST("last"),
    TOP("top");

    private final String value;

    CommentSort(String value) {
        this.value = value;
    }

    String value() {
        return value;
    }

    static CommentSort parse(String value) {
        if (value == null || value.isEmpty()) {
            return LAST;
        }
        for (CommentSort sort : values()) {
            if (sort.value.equals(value)) {
                return sort;
            }
        }
        if (value.equals("best") || value.equals("controversial")) {
            throw StreamError.badRequest("the fake does not model sort=" + value);
        }
        throw StreamError.badRequest("sort must be one of first, last, top, best, controversial");
    }

    /** Whether the order is by creation, so that pages can be cut by sequence number. */
    boolean byCreation() {
        return this != TOP;
    }

    List<StoredComment> order(FakeStreamState state, List<StoredComment> comments) {
        Comparator<StoredComment> oldestFirst = Comparator.comparingLong(StoredComment::seq);
        Comparator<StoredComment> order = switch (this) {
            case FIRST -> oldestFirst;
            case LAST -> oldestFirst.reversed();
            case TOP ->
                Comparator.<StoredComment>comparingInt(comment ->
                                state.comments().reactions(comment.id()).size())
                        .reversed()
                        .thenComparing(oldestFirst.reversed());
        };
        return comments.stream().sorted(order).toList();
    }
}
