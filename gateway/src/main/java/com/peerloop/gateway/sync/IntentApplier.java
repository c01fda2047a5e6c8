package com.peerloop.gateway.sync;

import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.stream.StreamMemberships;
import com.peerloop.gateway.sync.Audience.Standing;
import org.springframework.stereotype.Component;

/**
 * Applies one intent to Stream, after checking it against the records of now: an addition the records no
 * longer support is skipped, and so is a removal they still forbid (a refund while another purchase from
 * the creator remains, a drop by a student who also teaches the course). Stream failures propagate.
 */
@Component
class IntentApplier {

    enum Outcome {
        APPLIED,
        SKIPPED
    }

    private final Audience audience;
    private final StreamMemberships stream;

    IntentApplier(Audience audience, StreamMemberships stream) {
        this.audience = audience;
        this.stream = stream;
    }

    Outcome apply(SyncIntent intent) {
        Standing standing = audience.of(intent.userId(), intent.feed());
        Feed feed = intent.feed();
        Feed timeline = timeline(intent.userId());
        switch (intent.action()) {
            case FOLLOW -> {
                if (!standing.follows()) {
                    return Outcome.SKIPPED;
                }
                if (feed.group().membersOnly()) {
                    // Stream lets only members follow a members-only feed, and the intent that made the user a
                    // member may have been skipped while the records said otherwise (enrolled, dropped and
                    // enrolled again in quick succession): the follow brings its membership along.
                    stream.addMember(feed, intent.userId(), standing.role());
                }
                stream.follow(timeline, feed);
            }
            case UNFOLLOW -> {
                if (standing.follows()) {
                    return Outcome.SKIPPED;
                }
                stream.unfollow(timeline, feed);
            }
            case ADD_MEMBER -> {
                if (!standing.member()) {
                    return Outcome.SKIPPED;
                }
                stream.addMember(feed, intent.userId(), standing.role());
            }
            case REMOVE_MEMBER -> {
                if (standing.member()) {
                    // still a member for another reason, perhaps with another role (a creator who also teaches)
                    stream.addMember(feed, intent.userId(), standing.role());
                } else {
                    stream.removeMember(feed, intent.userId());
                }
            }
        }
        return Outcome.APPLIED;
    }

    static Feed timeline(String userId) {
        return new Feed(FeedGroup.TIMELINE, userId);
    }
}
