package com.peerloop.gateway.feed;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.peerloop.gateway.web.Identifier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** Request bodies of the feed endpoints, validated at the edge. Unknown fields (an "actor") are ignored. */
final class FeedRequests {

    private FeedRequests() {}

    static final String HTTPS_URL = "^https://[^\\s/?#@]+(/[^\\s]*)?$";

    enum ActivityType {
        @JsonProperty("post")
        POST,
        @JsonProperty("question")
        QUESTION,
        @JsonProperty("announcement")
        ANNOUNCEMENT;

        String streamType() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record NewActivity(
            @NotNull(message = "must be post, question or announcement")
            ActivityType type,

            @NotNull @Size(min = 1, max = 5000) String text,

            @Size(max = 10, message = "at most 10 attachments")
            List<@NotNull @Size(max = 2048) @Pattern(regexp = HTTPS_URL, message = "must be an https URL") String>
                    attachments,

            Map<String, Object> custom,

            @Size(max = 10, message = "at most 10 mentions") List<@NotNull @Identifier String> mentions) {}

    record NewReaction(
            @NotNull @Pattern(regexp = "^[a-z_]{1,32}$", message = "must be 1-32 of [a-z_]")
            String type) {}

    record NewComment(
            @NotNull @Size(min = 1, max = 5000) String text,

            @Size(max = 10, message = "at most 10 mentions") List<@NotNull @Identifier String> mentions) {}

    /** A reply to a comment; {@code mentions} are user ids, notified as in a post or comment. */
    record NewReply(
            @NotNull @Size(min = 1, max = 5000) String text,

            @Size(max = 10, message = "at most 10 mentions") List<@NotNull @Identifier String> mentions) {}

    /** An author's edit of an activity: the fields given replace the activity's, with the limits of posting. */
    record ActivityEdit(
            @Size(min = 1, max = 5000) String text,

            @Size(max = 10, message = "at most 10 attachments")
            List<@NotNull @Size(max = 2048) @Pattern(regexp = HTTPS_URL, message = "must be an https URL") String>
                    attachments,

            Map<String, Object> custom) {

        boolean isEmpty() {
            return text == null && attachments == null && custom == null;
        }
    }

    /** An author's edit of a comment: its new text, with the limits of commenting. */
    record CommentEdit(@NotNull @Size(min = 1, max = 5000) String text) {}

    record NewFollow(@NotBlank String target) {}
}
