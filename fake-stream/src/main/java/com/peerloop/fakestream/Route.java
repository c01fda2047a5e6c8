package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One endpoint: method, path template with {@code {name}} placeholders, stable operation name and handler.
 *
 * @param userTokens whether a user token (not only the server token) is accepted
 */
record Route(String method, List<String> template, String operation, boolean userTokens, Handler handler) {

    /** Answers one request; runs under the state lock and returns the success body (without {@code duration}). */
    @FunctionalInterface
    interface Handler {
        ObjectNode handle(Call call);
    }

    /**
     * The write rule: an operation whose name starts with {@code get}, {@code query} or {@code list} is a read,
     * everything else changes state. {@code getOrCreateFeed}/{@code getOrCreateFeedGroup} therefore count as
     * reads even when they create something; {@code getOrCreateFollows} and {@code getOrCreateUnfollows} are the
     * exceptions, counted as writes.
     */
    boolean write() {
        if (WRITES_NAMED_LIKE_READS.contains(operation)) {
            return true;
        }
        return !(operation.startsWith("get") || operation.startsWith("query") || operation.startsWith("list"));
    }

    /** The follow upserts keep the SDK's names (getOrCreateFollows/Unfollows) but create and remove follows. */
    private static final java.util.Set<String> WRITES_NAMED_LIKE_READS =
            java.util.Set.of("getOrCreateFollows", "getOrCreateUnfollows");
}
