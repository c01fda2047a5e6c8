package com.peerloop.gateway.stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import io.getstream.models.FeedInput;
import io.getstream.models.FeedResponse;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The feeds of the gated groups ({@link FeedGroup#membersOnly()}: {@code course}, {@code instructor}) are for their
 * members only. Stream applies
 * a group's default visibility when a feed is created and each feed keeps its own afterwards (docs: feed and
 * activity visibility), so the gateway creates every gated feed with an explicit {@code data.visibility} of
 * {@code members}. SDK 4.1.1 has no call that changes one feed's visibility ({@code change_visibility} came
 * later), so a gated feed Stream already holds with another visibility can only be reported: a WARN line and
 * the counter {@code stream.feed.visibility.mismatch}, at most once per feed in ten minutes.
 */
@Component
class GatedFeeds {

    static final String MEMBERS = "members";
    private static final FeedInput MEMBERS_ONLY =
            FeedInput.builder().visibility(MEMBERS).build();
    private static final Logger log = LoggerFactory.getLogger(GatedFeeds.class);

    private final MeterRegistry meters;
    private final Cache<String, String> reported = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    GatedFeeds(MeterRegistry meters) {
        this.meters = meters;
    }

    /** The {@code data} of a get-or-create: members-only for a gated group, nothing for the others. */
    static FeedInput creationData(FeedGroup group) {
        return group.membersOnly() ? MEMBERS_ONLY : null;
    }

    /**
     * The visibility of a gated feed that Stream holds with another than {@code members}, reported; empty for a
     * feed of another group, a members-only one, or an answer that does not say.
     */
    Optional<String> mismatch(Feed feed, FeedResponse held) {
        return mismatch(feed, held == null ? null : held.getVisibility());
    }

    /** As {@link #mismatch(Feed, FeedResponse)}, given only the visibility Stream answered (null if it did not). */
    Optional<String> mismatch(Feed feed, String visibility) {
        if (!feed.group().membersOnly() || visibility == null || MEMBERS.equals(visibility)) {
            return Optional.empty();
        }
        String fid = feed.fid();
        if (reported.asMap().put(fid, visibility) == null) {
            meters.counter(
                            "stream.feed.visibility.mismatch",
                            "group",
                            feed.group().id())
                    .increment();
            log.warn(
                    "gated feed is not members-only at Stream: fid={} visibility={} (SDK 4.1.1 cannot change a "
                            + "feed's visibility; change it in Stream's dashboard or recreate the feed)",
                    fid,
                    visibility);
        }
        return Optional.of(visibility);
    }
}
