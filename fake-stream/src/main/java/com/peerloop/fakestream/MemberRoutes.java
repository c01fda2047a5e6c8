package com.peerloop.fakestream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Feed members: {@code PATCH .../members} with {@code operation} {@code upsert} (add or update), {@code remove}
 * (by {@code user_id}) or {@code set} (the list becomes the full membership), and {@code POST .../members/query}
 * (filter keys {@code user_id}, {@code role}, {@code status}; pages in the order members were added).
 * Roles are {@code feed_member} (the default) and {@code feed_moderator} (docs: feed-members); another role is
 * 400 / code 4. Stream does not create the users a membership names (spec FollowRequest.create_users defaults
 * to false, and nothing in UpdateFeedMembersRequest creates users): an unknown {@code user_id} is refused, with
 * 400 / code 4 as Stream's chat API answers for members that do not exist (unverified for feeds: it might be
 * 404 / code 16). Both are checked for every listed member before anything changes.
 */
final class MemberRoutes {

    private static final Filters<StoredMember> FILTERS =
            new Filters<>(Map.<String, Function<StoredMember, List<String>>>of(
                    "user_id", member -> List.of(member.userId()),
                    "role", member -> List.of(member.role()),
                    "status", member -> List.of(member.status())));

    static final String MEMBER = "feed_member";
    static final String MODERATOR = "feed_moderator";

    private final FakeStreamState state;

    MemberRoutes(FakeStreamState state) {
        this.state = state;
    }

    void register(RouteTable table) {
        table.addUserReadable("POST", FeedRoutes.FEED + "/members/query", "queryFeedMembers", this::query)
                .add("PATCH", FeedRoutes.FEED + "/members", "updateFeedMembers", this::update);
    }

    private ObjectNode update(Call call) {
        String fid = fid(call);
        FeedReads.requireFeed(state, fid);
        String operation = Json.text(call.body(), "operation");
        JsonNode members = Json.field(call.body(), "members");
        ObjectNode result = Json.object();
        ArrayNode removed = result.putArray("removed_ids");
        Set<String> listed = new HashSet<>();
        if (members != null) {
            members.forEach(member -> listed.add(requireUserId(member)));
        }
        if ("upsert".equals(operation) || "set".equals(operation)) {
            check(state, members, null);
        }
        switch (operation == null ? "" : operation) {
            case "upsert" -> result.setAll(upsert(state, fid, members, state.now()));
            case "remove" ->
                listed.stream()
                        .filter(user -> state.feeds().removeMember(fid, user))
                        .forEach(removed::add);
            case "set" -> {
                state.feeds().members(fid).stream()
                        .map(StoredMember::userId)
                        .filter(user -> !listed.contains(user))
                        .forEach(user -> {
                            state.feeds().removeMember(fid, user);
                            removed.add(user);
                        });
                result.setAll(upsert(state, fid, members, state.now()));
            }
            default -> throw StreamError.badRequest("operation must be one of upsert, remove, set");
        }
        for (String list : List.of("added", "updated")) {
            if (!result.has(list)) {
                result.putArray(list);
            }
        }
        return result;
    }

    private ObjectNode query(Call call) {
        String fid = fid(call);
        FeedReads.requireFeed(state, fid);
        // a feed's members are part of its metadata, which [vis] gates like its activities
        Visibility.requireRead(state, fid, call.userId());
        Predicate<StoredMember> filter = FILTERS.parse(Json.field(call.body(), "filter"));
        List<StoredMember> all = state.feeds().members(fid);
        Paging.Page<StoredMember> page = Paging.page(
                all.stream().filter(filter).toList(),
                all::indexOf,
                false,
                Json.integer(call.body(), "limit"),
                Json.text(call.body(), "next"));
        ObjectNode result = Json.object();
        ArrayNode members = result.putArray("members");
        page.items().forEach(member -> members.add(FeedJson.member(state, member)));
        if (page.next() != null) {
            result.put("next", page.next());
        }
        return result;
    }

    /** Adds or updates members; answers {@code {"added":[..],"updated":[..]}}. */
    static ObjectNode upsert(FakeStreamState state, String fid, JsonNode members, Instant now) {
        ObjectNode result = Json.object();
        ArrayNode added = result.putArray("added");
        ArrayNode updated = result.putArray("updated");
        if (members == null) {
            return result;
        }
        for (JsonNode request : members) {
            String userId = requireUserId(request);
            StoredMember existing = state.feeds().member(fid, userId).orElse(null);
            String role = Json.text(request, "role") != null
                    ? Json.text(request, "role")
                    : existing != null ? existing.role() : MEMBER;
            String status = Json.flag(request, "invite") ? "pending" : existing != null ? existing.status() : "member";
            JsonNode custom = Json.field(request, "custom") != null
                    ? Json.withoutNulls(Json.field(request, "custom"))
                    : existing != null ? existing.custom() : null;
            StoredMember member = new StoredMember(
                    fid, userId, role, status, custom, existing == null ? now : existing.createdAt(), now);
            state.feeds().putMember(member);
            (existing == null ? added : updated).add(FeedJson.member(state, member));
        }
        return result;
    }

    /**
     * Refuses (400 / code 4, naming the field) a member whose role is neither {@code feed_member} nor
     * {@code feed_moderator}, or whose user Stream does not know; {@code alsoKnown} is a user the same request
     * creates (a get-or-create's {@code user_id}), or null.
     */
    static void check(FakeStreamState state, JsonNode members, String alsoKnown) {
        if (members == null) {
            return;
        }
        for (int i = 0; i < members.size(); i++) {
            JsonNode member = members.get(i);
            String userId = requireUserId(member);
            String role = Json.text(member, "role");
            if (role != null && !MEMBER.equals(role) && !MODERATOR.equals(role)) {
                throw StreamError.invalidField(
                        "members[" + i + "].role", "role '" + role + "' is not one of " + MEMBER + ", " + MODERATOR);
            }
            if (!userId.equals(alsoKnown) && state.users().get(userId).isEmpty()) {
                throw StreamError.invalidField("members[" + i + "].user_id", "user " + userId + " does not exist");
            }
        }
    }

    private static String requireUserId(JsonNode member) {
        String userId = Json.text(member, "user_id");
        if (userId == null || userId.isEmpty()) {
            throw StreamError.badRequest("members[].user_id is required");
        }
        return userId;
    }

    private static String fid(Call call) {
        return call.param("feed_group_id") + ":" + call.param("feed_id");
    }
}
