package com.peerloop.gateway.safety;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.stream.StreamFailure;
import com.peerloop.gateway.stream.StreamSafety;
import com.peerloop.gateway.stream.StreamUserProfile;
import com.peerloop.gateway.stream.StreamUsers;
import com.peerloop.gateway.web.Problems;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Blocks: kept by the gateway (which hides the blocked user's content and notifications from the blocker in
 * what it serves) and passed to Stream's own block, so that clients reading Stream directly see it too.
 * Stream is told first: if it is unreachable nothing changes and the caller gets a 503 to retry.
 */
@Service
class BlockService {

    private static final Logger log = LoggerFactory.getLogger(BlockService.class);

    private final BlockStore store;
    private final Blocks blocks;
    private final StreamSafety stream;
    private final StreamUsers users;
    private final Clock clock;

    BlockService(BlockStore store, Blocks blocks, StreamSafety stream, StreamUsers users, Clock clock) {
        this.store = store;
        this.blocks = blocks;
        this.stream = stream;
        this.users = users;
        this.clock = clock;
    }

    void block(PeerLoopUser user, String blockedId) {
        if (user.id().equals(blockedId)) {
            throw Problems.validation("userId", "you cannot block yourself");
        }
        users.ensure(new StreamUserProfile(user.id(), user.name(), user.picture()));
        try {
            stream.block(user.id(), blockedId);
        } catch (StreamFailure e) {
            if (e.kind() != StreamFailure.Kind.REFUSED) {
                throw e;
            }
            // Stream refuses a block of a user it does not know; such a user has nothing at Stream to hide
            log.info("stream refused the block, kept by the gateway only: blocker={} blocked={}", user.id(), blockedId);
        }
        store.add(user.id(), blockedId, clock.instant());
        blocks.changed(user.id());
        log.info("user blocked: blocker={} blocked={}", user.id(), blockedId);
    }

    void unblock(PeerLoopUser user, String blockedId) {
        try {
            stream.unblock(user.id(), blockedId);
        } catch (StreamFailure e) {
            if (e.kind() != StreamFailure.Kind.REFUSED) {
                throw e;
            }
            log.info("stream refused the unblock: blocker={} blocked={}", user.id(), blockedId);
        }
        store.remove(user.id(), blockedId);
        blocks.changed(user.id());
        log.info("user unblocked: blocker={} blocked={}", user.id(), blockedId);
    }

    List<BlockStore.Row> list(PeerLoopUser user) {
        return store.blockedBy(user.id());
    }
}
