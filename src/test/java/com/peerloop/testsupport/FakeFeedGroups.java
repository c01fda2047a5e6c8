package com.peerloop.testsupport;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import com.peerloop.fakestream.FakeStream;
import com.peerloop.fakestream.StoredFeedGroup;

/**
 * Creates PeerLoop's feed groups in the fake Stream when they are missing, for tests that need feeds to
 * exist whether or not the gateway has provisioned them yet. Existing groups are left as they are.
 */
public final class FakeFeedGroups {

    private FakeFeedGroups() {}

    public static void ensure(FakeStream stream, String... groupIds) {
        Instant now = Instant.now();
        for (String id : groupIds) {
            if (stream.state().feedGroups().active(id).isEmpty()) {
                stream.state().feedGroups().put(
                        new StoredFeedGroup(id, JsonNodeFactory.instance.objectNode(), now, now, null));
            }
        }
    }
}
