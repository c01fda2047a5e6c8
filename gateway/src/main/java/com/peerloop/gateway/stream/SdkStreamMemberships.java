package com.peerloop.gateway.stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import io.getstream.models.FeedMemberRequest;
import io.getstream.models.FeedResponse;
import io.getstream.models.GetOrCreateFeedRequest;
import io.getstream.models.QueryFeedMembersRequest;
import io.getstream.models.QueryFollowsRequest;
import io.getstream.models.UpdateFeedMembersRequest;
import io.getstream.services.Feeds;
import io.getstream.services.framework.StreamSDKClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@link StreamMemberships} on the Stream SDK. Stream refuses a follow or a member change on a feed that does
 * not exist, and does not create the users a follow or a membership names (spec: FollowRequest.create_users
 * defaults to false and is not in 4.1.1), so before naming a user the gateway get-or-creates that user's
 * {@code timeline} feed with their {@code user_id}, which creates a missing Stream user and leaves an existing one
 * as it is (docs: feeds) — never a replacing upsert. Each feed is got-or-created once per instance (remembered for
 * a while) before the first write to it. Follows and unfollows use Stream's idempotent upserts
 * ({@code follows/batch/upsert}, {@code unfollow/batch/upsert}), so a repeat is never an error.
 */
@Component
class SdkStreamMemberships implements StreamMemberships {

    private static final int PAGE = 100;

    private final Feeds feeds;
    private final StreamCalls calls;
    private final GatedFeeds gated;
    private final Cache<String, Boolean> knownFeeds = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    SdkStreamMemberships(StreamSDKClient client, StreamCalls calls, GatedFeeds gated) {
        this.feeds = client.feeds();
        this.calls = calls;
        this.gated = gated;
    }

    @Override
    public void follow(Feed source, Feed target) {
        ensureFeed(source);
        ensureFeed(target);
        var request = FollowUpserts.follow(source, target);
        write("getOrCreateFollows", () -> feeds.getOrCreateFollows(request).execute(), source, target);
    }

    @Override
    public void unfollow(Feed source, Feed target) {
        var request = FollowUpserts.unfollow(source, target);
        calls.find(
                "getOrCreateUnfollows",
                () -> feeds.getOrCreateUnfollows(request).execute());
    }

    @Override
    public void addMember(Feed feed, String userId, String role) {
        ensureFeed(timeline(userId));
        ensureFeed(feed);
        var request = UpdateFeedMembersRequest.builder()
                .operation("upsert")
                .members(List.of(
                        FeedMemberRequest.builder().userID(userId).role(role).build()))
                .build();
        write(
                "updateFeedMembers",
                () -> feeds.updateFeedMembers(feed.group().id(), feed.id(), request)
                        .execute(),
                feed);
    }

    @Override
    public void removeMember(Feed feed, String userId) {
        var request = UpdateFeedMembersRequest.builder()
                .operation("remove")
                .members(List.of(FeedMemberRequest.builder().userID(userId).build()))
                .build();
        calls.find(
                "updateFeedMembers",
                () -> feeds.updateFeedMembers(feed.group().id(), feed.id(), request)
                        .execute());
    }

    @Override
    public List<Feed> following(Feed source) {
        List<Feed> targets = new ArrayList<>();
        String next = null;
        do {
            var request = QueryFollowsRequest.builder()
                    .filter(Map.of("source_feed", source.fid()))
                    .limit(PAGE)
                    .next(next)
                    .build();
            var page =
                    calls.read("queryFollows", () -> feeds.queryFollows(request).execute());
            if (page.getFollows() != null) {
                page.getFollows().stream()
                        .map(f -> f.getTargetFeed() == null
                                ? null
                                : f.getTargetFeed().getFeed())
                        .map(Feed::parse)
                        .flatMap(Optional::stream)
                        .forEach(targets::add);
            }
            next = page.getNext() == null || page.getNext().isBlank() ? null : page.getNext();
        } while (next != null);
        return targets;
    }

    @Override
    public Optional<String> memberRole(Feed feed, String userId) {
        var request = QueryFeedMembersRequest.builder()
                .filter(Map.of("user_id", userId))
                .limit(1)
                .build();
        return calls.find(
                        "queryFeedMembers",
                        () -> feeds.queryFeedMembers(feed.group().id(), feed.id(), request)
                                .execute())
                .flatMap(r -> r.getMembers() == null
                        ? Optional.empty()
                        : r.getMembers().stream().findFirst())
                .map(m -> m.getRole() == null ? MEMBER : m.getRole());
    }

    @Override
    public Optional<String> visibilityMismatch(Feed feed) {
        return gated.mismatch(feed, getOrCreate(feed));
    }

    private void ensureFeed(Feed feed) {
        if (knownFeeds.getIfPresent(feed.fid()) != null) {
            return;
        }
        FeedResponse created = getOrCreate(feed);
        gated.mismatch(feed, created);
        knownFeeds.put(feed.fid(), Boolean.TRUE);
    }

    private FeedResponse getOrCreate(Feed feed) {
        var request = GetOrCreateFeedRequest.builder()
                .userID(SdkFeedStore.creatorOf(feed))
                .limit(1)
                .data(GatedFeeds.creationData(feed.group()))
                .build();
        return calls.read(
                        "getOrCreateFeed",
                        () -> feeds.getOrCreateFeed(feed.group().id(), feed.id(), request)
                                .execute())
                .getFeed();
    }

    /** A 404 means a feed remembered as existing is gone: it is forgotten, so that the retry creates it again. */
    private <T> void write(String operation, StreamCall<T> call, Feed... touched) {
        try {
            calls.execute(operation, call);
        } catch (StreamFailure e) {
            if (e.kind() == StreamFailure.Kind.NOT_FOUND) {
                for (Feed feed : touched) {
                    knownFeeds.invalidate(feed.fid());
                }
            }
            throw e;
        }
    }

    private static Feed timeline(String userId) {
        return new Feed(FeedGroup.TIMELINE, userId);
    }
}
