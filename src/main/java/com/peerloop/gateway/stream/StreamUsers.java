package com.peerloop.gateway.stream;

/** Stream's user directory and user tokens, as the gateway uses them. */
public interface StreamUsers {

    /** Creates or updates the Stream user with this id, name and image. */
    void upsert(StreamUserProfile profile);

    /** Mints a Stream user token for this user id, valid for the configured token validity. */
    IssuedStreamToken issueToken(String userId);
}
