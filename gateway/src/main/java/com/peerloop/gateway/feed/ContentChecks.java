package com.peerloop.gateway.feed;

import com.peerloop.gateway.access.AccessPolicy;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.moderation.ContentModeration;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.web.Problems;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content rules that creating and editing share, beyond the sizes the request records check at the edge:
 * the size of {@code custom}, and the moderation rules on text bound for a moderated feed. Posts, comments,
 * replies and both kinds of edit all pass through here.
 */
@Component
class ContentChecks {

    static final int MAX_CUSTOM_BYTES = 4096;

    private final JsonMapper json;
    private final ContentModeration moderation;

    ContentChecks(JsonMapper json, ContentModeration moderation) {
        this.json = json;
        this.moderation = moderation;
    }

    /** 400 when {@code custom} is over 4 KiB of JSON; null (none given) passes. */
    void requireCustomFits(Map<String, Object> custom) {
        if (custom != null
                && json.writeValueAsString(custom).getBytes(StandardCharsets.UTF_8).length > MAX_CUSTOM_BYTES) {
            throw Problems.validation("custom", "must be at most 4 KiB of JSON");
        }
    }

    /** 422 when text for these feeds breaks a moderation rule of one of them; null text (unchanged) passes. */
    void requireAllowedIn(Collection<Feed> feeds, String text) {
        if (text != null && feeds.stream().anyMatch(AccessPolicy::contentModerated)) {
            moderation.requireAllowed(text);
        }
    }

    /** 422 when text on this activity (a comment, a reply, an edit) breaks a moderation rule of its feeds. */
    void requireAllowedOn(Activity activity, String text) {
        if (text != null && ActivityAccess.inModeratedFeed(activity)) {
            moderation.requireAllowed(text);
        }
    }
}
