package com.peerloop.gateway.webhook;

/**
 * Published (synchronously, by the webhook effect poller) when Stream reports that an activity or a comment
 * was deleted, so that anything the gateway keeps about it — a read cache — can drop it.
 *
 * @param kind what was deleted
 * @param id   the activity's or the comment's id
 */
public record StreamItemDeleted(Kind kind, String id) {

    /** What kind of Stream item was deleted. */
    public enum Kind {
        ACTIVITY,
        COMMENT
    }

    static StreamItemDeleted activity(String id) {
        return new StreamItemDeleted(Kind.ACTIVITY, id);
    }

    static StreamItemDeleted comment(String id) {
        return new StreamItemDeleted(Kind.COMMENT, id);
    }
}
