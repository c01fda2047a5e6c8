package com.peerloop.fakestream;

import io.getstream.exceptions.StreamException;
import io.getstream.models.ActivityResponse;
import io.getstream.models.AddActivityRequest;
import io.getstream.models.FeedInput;
import io.getstream.models.FeedMemberRequest;
import io.getstream.models.GetOrCreateFeedRequest;
import io.getstream.models.GetOrCreateFeedResponse;
import io.getstream.services.Feeds;
import io.getstream.services.framework.StreamSDKClient;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh fake and a default SDK client (explicit nulls) per test, plus shortcuts for common setup calls. */
abstract class FakeStreamTestSupport {

    static final String API_KEY = "peerloop-test-key";
    static final String API_SECRET = "peerloop-test-secret-0123456789-abcdef";

    FakeStream fake;
    StreamSDKClient client;
    Feeds feeds;

    @BeforeEach
    void startFake() {
        fake = FakeStream.start(API_KEY, API_SECRET);
        client = SdkClients.client(fake);
        feeds = client.feeds();
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    GetOrCreateFeedResponse feed(String group, String id, String userId) throws StreamException {
        return feeds.getOrCreateFeed(
                        group,
                        id,
                        GetOrCreateFeedRequest.builder().userID(userId).build())
                .execute()
                .getData();
    }

    GetOrCreateFeedResponse membersOnlyFeed(String group, String id, String owner, String... members)
            throws StreamException {
        List<FeedMemberRequest> memberRequests = java.util.Arrays.stream(members)
                .map(m -> FeedMemberRequest.builder().userID(m).build())
                .toList();
        FeedInput data = FeedInput.builder()
                .visibility("members")
                .members(memberRequests)
                .build();
        return feeds.getOrCreateFeed(
                        group,
                        id,
                        GetOrCreateFeedRequest.builder()
                                .userID(owner)
                                .data(data)
                                .build())
                .execute()
                .getData();
    }

    /** Users Stream knows, put straight into the fake (memberships and follows need them). */
    void knownUsers(String... ids) {
        for (String id : ids) {
            fake.state().users().put(StoredUser.of(id, null, java.time.Instant.now()));
        }
    }

    ActivityResponse post(String userId, String text, String... fids) throws StreamException {
        return feeds.addActivity(AddActivityRequest.builder()
                        .type("post")
                        .userID(userId)
                        .text(text)
                        .feeds(List.of(fids))
                        .build())
                .execute()
                .getData()
                .getActivity();
    }
}
