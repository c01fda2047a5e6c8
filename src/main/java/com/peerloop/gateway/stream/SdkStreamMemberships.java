package com.peerloop.gateway.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

import io.getstream.models.FeedMemberRequest;
import io.getstream.models.FeedResponse;
import io.getstream.models.FollowPair;
import io.getstream.models.FollowRequest;
import io.getstream.models.GetOrCreateFeedRequest;
import io.getstream.models.GetOrCreateFollowsRequest;
import io.getstream.models.GetOrCreateUnfollowsRequest;
import io.getstream.models.QueryFeedMembersRequest;
import io.getstream.models.QueryFollowsRequest;
import io.getstream.models.UpdateFeedMembersRequest;
import io.getstream.services.Feeds;
import io.getstream.services.framework.StreamSDKClient;

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
    public void follow(StreamFeedRef source, StreamFeedRef target) {
        ensureFeed(source);
        ensureFeed(target);
        var request = GetOrCreateFollowsRequest.builder()
                .follows(List.of(FollowRequest.builder().source(source.fid()).target(target.fid()).build()))
                .build();
        write("getOrCreateFollows", () -> feeds.getOrCreateFollows(request).execute(), source, target);
    }

    @Override
    public void unfollow(String sourceFid, String targetFid) {
        var request = GetOrCreateUnfollowsRequest.builder()
                .follows(List.of(FollowPair.builder().source(sourceFid).target(targetFid).build())).build();
        calls.find("getOrCreateUnfollows", () -> feeds.getOrCreateUnfollows(request).execute());
    }

    @Override
    public void addMember(StreamFeedRef feed, String userId, String role) {
        ensureFeed(timeline(userId));
        ensureFeed(feed);
        var request = UpdateFeedMembersRequest.builder().operation("upsert")
                .members(List.of(FeedMemberRequest.builder().userID(userId).role(role).build())).build();
        write("updateFeedMembers", () -> feeds.updateFeedMembers(feed.group(), feed.id(), request).execute(), feed);
    }

    @Override
    public void removeMember(String fid, String userId) {
        String[] parts = split(fid);
        var request = UpdateFeedMembersRequest.builder().operation("remove")
                .members(List.of(FeedMemberRequest.builder().userID(userId).build())).build();
        calls.find("updateFeedMembers", () -> feeds.updateFeedMembers(parts[0], parts[1], request).execute());
    }

    @Override
    public List<String> following(String sourceFid) {
        List<String> targets = new ArrayList<>();
        String next = null;
        do {
            var request = QueryFollowsRequest.builder().filter(Map.of("source_feed", sourceFid)).limit(PAGE)
                    .next(next).build();
            var page = calls.read("queryFollows", () -> feeds.queryFollows(request).execute());
            if (page.getFollows() != null) {
                page.getFollows().stream()
                        .map(f -> f.getTargetFeed() == null ? null : f.getTargetFeed().getFeed())
                        .filter(Objects::nonNull)
                        .forEach(targets::add);
            }
            next = page.getNext() == null || page.getNext().isBlank() ? null : page.getNext();
        } while (next != null);
        return targets;
    }

    @Override
    public Optional<String> memberRole(String fid, String userId) {
        String[] parts = split(fid);
        var request = QueryFeedMembersRequest.builder().filter(Map.of("user_id", userId)).limit(1).build();
        return calls.find("queryFeedMembers", () -> feeds.queryFeedMembers(parts[0], parts[1], request).execute())
                .flatMap(r -> r.getMembers() == null ? Optional.empty() : r.getMembers().stream().findFirst())
                .map(m -> m.getRole() == null ? MEMBER : m.getRole());
    }

    @Override
    public Optional<String> visibilityMismatch(StreamFeedRef feed) {
        return gated.mismatch(feed.group(), feed.id(), getOrCreate(feed));
    }

    private void ensureFeed(StreamFeedRef feed) {
        if (knownFeeds.getIfPresent(feed.fid()) != null) {
            return;
        }
        FeedResponse created = getOrCreate(feed);
        gated.mismatch(feed.group(), feed.id(), created);
        knownFeeds.put(feed.fid(), Boolean.TRUE);
    }

    private FeedResponse getOrCreate(StreamFeedRef feed) {
        var request = GetOrCreateFeedRequest.builder().userID(SdkFeedStore.creatorOf(feed.group(), feed.id())).limit(1)
                .data(feed.membersOnly() ? GatedFeeds.creationData(feed.group()) : null)
                .build();
        return calls.read("getOrCreateFeed", () -> feeds.getOrCreateFeed(feed.group(), feed.id(), request).execute())
                .getFeed();
    }

    /** A 404 means a feed remembered as existing is gone: it is forgotten, so that the retry creates it again. */
    private <T> void write(String operation, StreamCall<T> call, StreamFeedRef... touched) {
        try {
            calls.execute(operation, call);
        } catch (StreamFailure e) {
            if (e.kind() == StreamFailure.Kind.NOT_FOUND) {
                for (StreamFeedRef feed : touched) {
                    knownFeeds.invalidate(feed.fid());
                }
            }
            throw e;
        }
    }

    private static StreamFeedRef timeline(String userId) {
        return new StreamFeedRef("timeline", userId, false);
    }

    private static String[] split(String fid) {
        int colon = fid.indexOf(':');
        return new String[] {fid.substring(0, colon), fid.substring(colon + 1)};
    }
}
