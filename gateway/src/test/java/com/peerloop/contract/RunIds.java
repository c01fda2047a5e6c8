package com.peerloop.contract;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ids of one contract run, all starting with the run prefix ({@code ct} + 8 random characters), and the hard
 * deletion of everything they name at Stream when the run ends: the known activities, every feed of the run's
 * users and courses, the users' feed data, and the users themselves.
 */
final class RunIds {

    private static final Logger LOG = LoggerFactory.getLogger(RunIds.class);
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final List<String> USER_GROUPS = List.of("user", "timeline", "notification", "instructor");

    private final String prefix;
    private final Set<String> users = new LinkedHashSet<>();
    private final Set<String> courses = new LinkedHashSet<>();
    private final Set<String> activities = new LinkedHashSet<>();

    RunIds() {
        SecureRandom random = new SecureRandom();
        StringBuilder run = new StringBuilder("ct");
        for (int i = 0; i < 8; i++) {
            run.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        this.prefix = run.toString();
    }

    String prefix() {
        return prefix;
    }

    synchronized String user(String name) {
        String id = prefix + "-" + name;
        users.add(id);
        return id;
    }

    synchronized String course(String name) {
        String id = prefix + "-" + name;
        courses.add(id);
        return id;
    }

    synchronized void activity(String id) {
        activities.add(id);
    }

    /** Deletes everything the run created; failures are logged, never thrown, so one leftover does not hide others. */
    synchronized void deleteAll(StreamApi stream) {
        List<String> problems = new ArrayList<>();
        activities.forEach(id ->
                attempt(problems, stream, "DELETE", "/api/v2/feeds/activities/" + id + "?hard_delete=true", null));
        courses.forEach(id -> attempt(
                problems,
                stream,
                "DELETE",
                "/api/v2/feeds/feed_groups/course/feeds/" + id + "?hard_delete=true",
                null));
        for (String user : users) {
            USER_GROUPS.forEach(group -> attempt(
                    problems,
                    stream,
                    "DELETE",
                    "/api/v2/feeds/feed_groups/" + group + "/feeds/" + user + "?hard_delete=true",
                    null));
            attempt(problems, stream, "POST", "/api/v2/feeds/users/" + user + "/delete", "{\"hard_delete\":true}");
        }
        if (!users.isEmpty()) {
            String ids = String.join(",", users.stream().map(StreamApi::quote).toList());
            attempt(
                    problems,
                    stream,
                    "POST",
                    "/api/v2/users/delete",
                    "{\"user_ids\":[" + ids + "],\"user\":\"hard\",\"messages\":\"hard\",\"conversations\":\"hard\"}");
        }
        long missing =
                problems.stream().filter(problem -> problem.endsWith("-> 404")).count();
        LOG.info(
                "contract run {}: cleanup of {} users, {} courses, {} activities done; {} deletions found nothing "
                        + "(404: never created, or not served by the fake); other failures: {}",
                prefix,
                users.size(),
                courses.size(),
                activities.size(),
                missing,
                problems.stream().filter(problem -> !problem.endsWith("-> 404")).toList());
    }

    private static void attempt(List<String> problems, StreamApi stream, String method, String path, String body) {
        try {
            StreamApi.Response response = stream.asServer(method, path, body);
            if (!response.ok()) {
                problems.add(method + " " + path.replaceAll("\\?.*", "") + " -> " + response.status());
            }
        } catch (RuntimeException e) {
            problems.add(method + " " + path + " -> " + e.getMessage());
        }
    }
}
