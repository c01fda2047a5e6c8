package com.peerloop.gateway.safety;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.web.Identifier;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/blocks}: the caller's blocks of other users. */
@RestController
class BlockController {

    record Block(String userId, Instant createdAt) {}

    record BlockList(List<Block> blocks) {}

    private final BlockService blocks;

    BlockController(BlockService blocks) {
        this.blocks = blocks;
    }

    @PutMapping("/api/blocks/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void block(@PathVariable @Identifier String userId, @AuthenticationPrincipal PeerLoopUser user) {
        blocks.block(user, userId);
    }

    @DeleteMapping("/api/blocks/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unblock(@PathVariable @Identifier String userId, @AuthenticationPrincipal PeerLoopUser user) {
        blocks.unblock(user, userId);
    }

    @GetMapping("/api/blocks")
    BlockList list(@AuthenticationPrincipal PeerLoopUser user) {
        return new BlockList(blocks.list(user).stream()
                .map(row -> new Block(row.blockedId(), row.createdAt()))
                .toList());
    }
}
