package com.peerloop.gateway.webhook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The fields of a Stream event that the gateway acts on; the rest is kept only in the stored payload.
 * A field that is absent or not of the expected shape is null (see {@link StreamEventReader}).
 *
 * @param type      Stream's event type, e.g. {@code user.banned}
 * @param cid       set when a ban is limited to one chat channel
 * @param channelId set when a ban is limited to one chat channel
 * @param activity  the deleted activity of {@code feeds.activity.deleted}
 * @param comment   the deleted comment of {@code feeds.comment.deleted}
 * @param user      the deleted or banned user
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record StreamEvent(
        String type, String cid, @JsonProperty("channel_id") String channelId, Item activity, Item comment, Item user) {

    /** An activity, a comment or a user, by its id. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String id) {}

    boolean channelScoped() {
        return hasText(cid) || hasText(channelId);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isEmpty();
    }
}
