package com.peerloop.gateway.webhook;

/**
 * Published (synchronously, by the webhook effect poller) when Stream reports that an activity or a comment
 * was deleted, so that anything the gateway keeps about it — a read cache — can drop it.
 *
 * @param kind       what was deleted
 * @param id         the activity's or the comment's id
 * @param activityId for a comment, the activity it belonged to when Stream says so; else null
 */
public record StreamItemDeleted(Kind kind, String id, String activityId) {

    /** What kind of Stream item was deleted. */
    public enum Kind { ACTIVITY, COMMENT }

    static StreamItemDeleted activity(String id) {
        return new StreamItemDeleted(Kind.ACTIVITY, id, null);
    }

    static StreamItemDeleted comment(String id, String activityId) {
        return new StreamItemDeleted(Kind.COMMENT, id, activityId);
    }
}
