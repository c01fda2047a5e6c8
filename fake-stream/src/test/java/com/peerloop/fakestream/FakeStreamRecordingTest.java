package com.peerloop.fakestream;

import static org.assertj.core.api.Assertions.assertThat;

import io.getstream.exceptions.StreamException;
import io.getstream.models.FollowRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class FakeStreamRecordingTest extends FakeStreamTestSupport {

    @Test
    void recordsOperationsInArrivalOrderAndCountsOnlyWrites() throws StreamException {
        feed("timeline", "alice", "alice");
        feed("user", "bob", "bob");
        feeds.follow(FollowRequest.builder()
                        .source("timeline:alice")
                        .target("user:bob")
                        .build())
                .execute();
        String id = post("bob", "hi", "user:bob").getId();
        feeds.getActivity(id).execute();
        feeds.queryFollows().execute();
        feeds.unfollow("timeline:alice", "user:bob").execute();

        assertThat(fake.requests())
                .extracting(RecordedRequest::operation)
                .containsExactly(
                        "getOrCreateFeed",
                        "getOrCreateFeed",
                        "follow",
                        "addActivity",
                        "getActivity",
                        "queryFollows",
                        "unfollow");
        assertThat(fake.requests())
                .extracting(RecordedRequest::write)
                .containsExactly(false, false, true, true, false, false, true);
        assertThat(fake.writeCount()).isEqualTo(3);
        assertThat(fake.requests("addActivity").get(0).json().get("text").asText())
                .isEqualTo("hi");
        assertThat(fake.requests("addActivity").get(0).method()).isEqualTo("POST");
    }

    @Test
    void recordsUnknownEndpointsAs404AndClearsOnRequest() throws Exception {
        HttpResponse<String> response = RawHttp.asServer(fake, "GET", "/api/v2/feeds/nothing-here", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(fake.requests()).singleElement().satisfies(r -> {
            assertThat(r.operation()).isEqualTo("unknown");
            assertThat(r.write()).isFalse();
        });
        fake.clearRequests();
        assertThat(fake.requests()).isEmpty();
        assertThat(fake.writeCount()).isZero();
    }

    @Test
    void answersSuccessWithDurationAndRateLimitHeaders() throws Exception {
        HttpResponse<String> response = RawHttp.asServer(fake, "GET", "/api/v2/feeds/feed_groups", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.parseObject(response.body()).get("duration").asText()).isEqualTo("0.10ms");
        assertThat(response.headers().firstValue("X-Ratelimit-Limit")).isPresent();
        assertThat(client.getApp().execute().getRateLimit().getLimit()).isPositive();
    }
}
