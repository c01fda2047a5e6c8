package com.peerloop.gateway.stream;

/** Stream's user directory and user tokens, as the gateway uses them. */
public interface StreamUsers {

    /** Creates or updates the Stream user with this id, name and image. */
    void upsert(StreamUserProfile profile);

    /**
     * Like {@link #upsert}, but skipped when this instance sent the very same profile recently: callers
     * use it before every write on a user's behalf, so that Stream can show the author's name and image.
     */
    void ensure(StreamUserProfile profile);

    /** Mints a Stream user token for this user id, valid for the configured token validity. */
    IssuedStreamToken issueToken(String userId);
}
