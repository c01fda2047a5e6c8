package com.peerloop.gateway.stream;

import static com.peerloop.gateway.stream.JsonTokens.list;
import static com.peerloop.gateway.stream.JsonTokens.nextField;
import static com.peerloop.gateway.stream.JsonTokens.number;
import static com.peerloop.gateway.stream.JsonTokens.on;
import static com.peerloop.gateway.stream.JsonTokens.text;
import static com.peerloop.gateway.stream.JsonTokens.texts;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.peerloop.gateway.stream.FeedModels.Activity;
import com.peerloop.gateway.stream.FeedModels.ActivityPage;
import com.peerloop.gateway.stream.FeedModels.Actor;
import io.getstream.exceptions.StreamException;
import io.getstream.models.GetOrCreateFeedRequest;
import io.getstream.services.framework.StreamHTTPClient;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The feed read behind {@link FeedStore#page} without the SDK's model binding. SDK 4.1.1 reads a get-or-create
 * answer into a String and binds all of it (the feed, followers, members, every activity's users, reactions,
 * comments and {@code own_*} lists) before the gateway keeps a fraction; that binding was the largest single
 * cost of a gated read. This sends the request {@code feeds.getOrCreateFeed(group, id, request)} sends, through
 * the SDK's own configured OkHttp client (its interceptors add the api_key, the server token and the
 * observation), and streams the answer into an {@link ActivityPage}, activities mapped as {@link SdkModels#activity}
 * maps them and pins newest pin first without deleted ones, skipping every other field without building anything. Failures are the SDK's own
 * {@link StreamException}s, built as it builds them, for {@link StreamCalls#readDirect} to translate.
 */
final class FeedPageReader {

    /** SDK 4.1.1's path of the call, less the leading slash its StreamRequest strips. */
    private static final String PATH = "api/v2/feeds/feed_groups/{feed_group_id}/feeds/{feed_id}";

    private static final List<String> USER = List.of("id", "name", "image");
    private static final List<String> LINKS = List.of("asset_url", "image_url", "title_link");
    private static final List<String> VISIBILITY = List.of("visibility");

    /** A page of a feed, and the feed's visibility as Stream holds it (null when the answer does not say). */
    record FeedPage(ActivityPage page, String visibility) {}

    /** Parsed once: every read resolves its path against it. */
    private final HttpUrl baseUrl;

    private final OkHttpClient http;
    private final ObjectMapper mapper;
    // an activity's feeds and custom data are kept whole: bound as the SDK binds them
    private final ObjectReader strings;
    private final ObjectReader custom;

    FeedPageReader(StreamHTTPClient client) {
        this.baseUrl = HttpUrl.get(client.getBaseUrl());
        this.http = client.getHttpClient();
        this.mapper = client.getObjectMapper();
        this.strings = mapper.readerFor(new TypeReference<List<String>>() {});
        this.custom = mapper.readerFor(new TypeReference<Map<String, Object>>() {});
    }

    /**
     * Reads a page as {@code feeds.getOrCreateFeed(group, id, body).execute()} would, failing where and as it fails:
     * a non-2xx answer with the exception the SDK builds from it; no answer, a timeout or an unreadable body with one
     * that wraps the cause.
     */
    FeedPage read(String group, String id, GetOrCreateFeedRequest body) throws StreamException {
        Request request = request(group, id, body);
        Response response;
        try {
            response = http.newCall(request).execute();
        } catch (IOException e) {
            throw StreamException.build(e);
        }
        try (response) {
            if (!response.isSuccessful()) {
                throw StreamException.build(response);
            }
            return parse(response.body().byteStream());
        } catch (IOException | RuntimeException e) {
            throw StreamException.build(e);
        }
    }

    /** The request SDK 4.1.1's StreamRequest builds: ids put in raw, the path resolved against the base URL. */
    private Request request(String group, String id, GetOrCreateFeedRequest body) throws StreamException {
        try {
            String path = PATH.replace("{feed_group_id}", group).replace("{feed_id}", id);
            return new Request.Builder()
                    .url(baseUrl.newBuilder(path).build())
                    .method("POST", RequestBody.create(mapper.writeValueAsBytes(body)))
                    .build();
        } catch (IOException | RuntimeException e) {
            throw StreamException.build(e);
        }
    }

    /** A get-or-create answer read as a page; everything a page does not need is skipped unread. */
    FeedPage parse(InputStream body) throws IOException {
        try (JsonParser p = mapper.createParser(body)) {
            p.nextToken();
            if (!on(p, JsonToken.START_OBJECT)) {
                throw new JsonParseException(p, "a feed read answers an object");
            }
            List<ActivityFields> activities = List.of();
            List<Pin> pins = List.of();
            String next = null;
            String[] feed = null;
            while (nextField(p)) {
                switch (p.currentName()) {
                    case "activities" -> activities = list(p, this::activity);
                    case "pinned_activities" -> pins = list(p, this::pin);
                    case "next" -> next = text(p);
                    case "feed" -> feed = texts(p, VISIBILITY);
                    default -> p.skipChildren();
                }
            }
            List<Activity> pinned = pins.stream()
                    .filter(pin -> pin.activity() != null && pin.activity().deletedAt == null)
                    .sorted(Comparator.comparing(Pin::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                    .map(pin -> pin.activity().toActivity())
                    .toList();
            List<Activity> page =
                    activities.stream().map(ActivityFields::toActivity).toList();
            return new FeedPage(
                    new ActivityPage(page, next == null || next.isBlank() ? null : next, pinned),
                    feed == null ? null : feed[0]);
        }
    }

    private record Pin(Date createdAt, ActivityFields activity) {}

    private Pin pin(JsonParser p) throws IOException {
        if (!on(p, JsonToken.START_OBJECT)) {
            return null;
        }
        Date createdAt = null;
        ActivityFields activity = null;
        while (nextField(p)) {
            switch (p.currentName()) {
                case "created_at" -> createdAt = StreamTimestamps.read(p);
                case "activity" -> activity = activity(p);
                default -> p.skipChildren();
            }
        }
        return new Pin(createdAt, activity);
    }

    /** What a page keeps of an activity, mapped as {@link SdkModels#activity} maps the SDK's model. */
    private static final class ActivityFields {
        String id, type, text;
        List<String> feeds;
        List<String> attachments = List.of();
        Map<String, Object> custom;
        Actor actor;
        Date createdAt, editedAt, deletedAt;
        final Map<String, Integer> reactions = new LinkedHashMap<>();
        int commentCount;

        Activity toActivity() {
            Instant edited = editedAt != null ? editedAt.toInstant() : SdkModels.editedAt(custom);
            Instant created = createdAt == null ? null : createdAt.toInstant();
            return new Activity(
                    id,
                    feeds == null ? List.of() : feeds,
                    type,
                    text,
                    attachments,
                    SdkModels.withoutEditedAt(custom),
                    actor,
                    created,
                    reactions,
                    commentCount,
                    edited,
                    false);
        }
    }

    private ActivityFields activity(JsonParser p) throws IOException {
        if (!on(p, JsonToken.START_OBJECT)) {
            return null;
        }
        ActivityFields a = new ActivityFields();
        while (nextField(p)) {
            switch (p.currentName()) {
                case "id" -> a.id = text(p);
                case "type" -> a.type = text(p);
                case "text" -> a.text = text(p);
                case "feeds" -> a.feeds = strings.readValue(p);
                case "attachments" -> a.attachments = list(p, FeedPageReader::attachmentUrl);
                case "custom" -> a.custom = custom.readValue(p);
                case "user" -> a.actor = actor(p);
                case "created_at" -> a.createdAt = StreamTimestamps.read(p);
                case "edited_at" -> a.editedAt = StreamTimestamps.read(p);
                case "deleted_at" -> a.deletedAt = StreamTimestamps.read(p);
                case "comment_count" -> a.commentCount = number(p);
                case "reaction_groups" -> {
                    if (on(p, JsonToken.START_OBJECT)) {
                        while (nextField(p)) {
                            String reaction = p.currentName();
                            int count = number(p, "count");
                            if (count > 0) {
                                a.reactions.put(reaction, count);
                            }
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        return a;
    }

    private static Actor actor(JsonParser p) throws IOException {
        String[] user = texts(p, USER);
        return user == null ? null : new Actor(user[0], user[1], user[2]);
    }

    /** An attachment's link as {@link SdkModels} picks it: asset_url, else image_url, else title_link. */
    private static String attachmentUrl(JsonParser p) throws IOException {
        String[] links = texts(p, LINKS);
        if (links == null) {
            return null;
        }
        return links[0] != null ? links[0] : links[1] != null ? links[1] : links[2];
    }
}
