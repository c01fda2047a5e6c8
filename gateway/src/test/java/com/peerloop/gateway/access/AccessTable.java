package com.peerloop.gateway.access;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract's access table and the callers it is checked with, shared by the policy's exhaustive unit
 * test and the end-to-end cases over HTTP. The records behind the callers: course {@code mc1} by
 * {@code m_creator} taught by {@code m_teacher}, {@code mc2} by {@code m_creator2}; {@code m_enrolled} in
 * {@code mc1}, {@code m_other} in {@code mc2}, {@code m_dropped} dropped from {@code mc1}; {@code m_buyer}
 * bought from {@code m_creator}, {@code m_refunded} was refunded by them, {@code m_nobuy} bought from
 * {@code m_creator2}.
 */
public final class AccessTable {

    private AccessTable() {}

    /** A kind of caller: who they are and their roles; {@code anonymous} sends no token. */
    public record Caller(String kind, String userId, String... roles) {
        @Override
        public String toString() {
            return kind;
        }
    }

    public static final List<Caller> CALLERS = List.of(
            new Caller("anonymous", null),
            new Caller("enrolled", "m_enrolled", "student"),
            new Caller("not enrolled", "m_other", "student"),
            new Caller("dropped", "m_dropped", "student"),
            new Caller("teacher of the course", "m_teacher", "teacher"),
            new Caller("creator of the course", "m_creator", "creator"),
            new Caller("another creator", "m_creator2", "creator"),
            new Caller("purchaser", "m_buyer", "student"),
            new Caller("non-purchaser", "m_nobuy", "student"),
            new Caller("refunded purchaser", "m_refunded", "student"),
            new Caller("owner", "m_owner", "student"),
            new Caller("another user", "m_another", "student"),
            new Caller("admin", "m_admin", "admin"),
            new Caller("service", "m_service", "service"));

    public static final List<String> FEEDS = List.of(
            "townhall:main",
            "course:mc1",
            "instructor:m_creator",
            "user:m_owner",
            "notification:m_owner",
            "timeline:m_owner");

    public enum Action {
        READ,
        POST
    }

    static final Set<String> EVERYONE = Set.of(
            "enrolled",
            "not enrolled",
            "dropped",
            "teacher of the course",
            "creator of the course",
            "another creator",
            "purchaser",
            "non-purchaser",
            "refunded purchaser",
            "owner",
            "another user",
            "admin",
            "service");

    /** The contract's table: who may read and who may post, per group. */
    public static final Map<String, Map<Action, Set<String>>> ALLOWED = Map.of(
            "townhall", Map.of(Action.READ, EVERYONE, Action.POST, Set.of("admin")),
            "course",
                    Map.of(
                            Action.READ, Set.of("enrolled", "teacher of the course", "creator of the course", "admin"),
                            Action.POST, Set.of("enrolled", "teacher of the course", "creator of the course", "admin")),
            "instructor",
                    Map.of(
                            Action.READ, Set.of("purchaser", "creator of the course", "admin"),
                            Action.POST, Set.of("creator of the course", "admin")),
            "user", Map.of(Action.READ, EVERYONE, Action.POST, Set.of("owner")),
            "notification", Map.of(Action.READ, Set.of("owner"), Action.POST, Set.of()),
            "timeline", Map.of(Action.READ, Set.of("owner"), Action.POST, Set.of()));

    /** The 403 code the contract gives a refusal, per group and action. */
    public static final Map<String, Map<Action, String>> REFUSAL = Map.of(
            "townhall", Map.of(Action.POST, "forbidden"),
            "course", Map.of(Action.READ, "not_enrolled", Action.POST, "not_enrolled"),
            "instructor", Map.of(Action.READ, "not_purchased", Action.POST, "not_owner"),
            "user", Map.of(Action.POST, "not_owner"),
            "notification", Map.of(Action.READ, "not_owner", Action.POST, "forbidden"),
            "timeline", Map.of(Action.READ, "not_owner", Action.POST, "forbidden"));

    public static Caller caller(String kind) {
        return CALLERS.stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow();
    }

    public static String group(String fid) {
        return fid.substring(0, fid.indexOf(':'));
    }

    /** Whether the table allows the caller this action in the feed. */
    public static boolean allows(String fid, Caller caller, Action action) {
        return ALLOWED.get(group(fid)).get(action).contains(caller.kind());
    }

    /** The 403 code of a refusal. */
    public static String refusal(String fid, Action action) {
        return REFUSAL.get(group(fid)).get(action);
    }
}
