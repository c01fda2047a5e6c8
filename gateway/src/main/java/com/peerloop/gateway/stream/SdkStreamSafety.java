package com.peerloop.gateway.stream;

import io.getstream.models.BlockUsersRequest;
import io.getstream.models.FlagRequest;
import io.getstream.models.UnblockUsersRequest;
import io.getstream.services.ModerationImpl;
import io.getstream.services.framework.StreamSDKClient;
import org.springframework.stereotype.Component;

/**
 * {@link StreamSafety} on the Stream SDK. SDK 4.1.1's client has no moderation accessor, so the moderation
 * service is built on the client's own HTTP client (same base URL, credentials and timeouts).
 */
@Component
class SdkStreamSafety implements StreamSafety {

    /**
     * Stream's moderation entity types for Feeds v3 content. No page found names them for a server-side flag
     * (unverified); the values follow the {@code stream:<product>:<version>:<kind>} form the moderation
     * dashboard shows, and Stream accepts any entity type for a flag (spec: flag "any type of content").
     */
    static final String ACTIVITY_ENTITY = "stream:feeds:v3:activity";

    static final String COMMENT_ENTITY = "stream:feeds:v3:comment";

    private final StreamSDKClient client;
    private final ModerationImpl moderation;
    private final StreamCalls calls;

    SdkStreamSafety(StreamSDKClient client, StreamCalls calls) {
        this.client = client;
        this.moderation = new ModerationImpl(client.getHttpClient());
        this.calls = calls;
    }

    @Override
    public void flag(Entity entity, String entityId, String authorId, String reporterId, String reason) {
        var request = FlagRequest.builder()
                .entityType(entity == Entity.ACTIVITY ? ACTIVITY_ENTITY : COMMENT_ENTITY)
                .entityID(entityId)
                .entityCreatorID(authorId)
                .reason(reason)
                .userID(reporterId)
                .build();
        calls.execute("flag", () -> moderation.flag(request).execute());
    }

    @Override
    public void block(String userId, String blockedUserId) {
        var request = BlockUsersRequest.builder()
                .userID(userId)
                .blockedUserID(blockedUserId)
                .build();
        calls.execute("blockUsers", () -> client.blockUsers(request).execute());
    }

    @Override
    public void unblock(String userId, String blockedUserId) {
        var request = UnblockUsersRequest.builder()
                .userID(userId)
                .blockedUserID(blockedUserId)
                .build();
        calls.execute("unblockUsers", () -> client.unblockUsers(request).execute());
    }
}
