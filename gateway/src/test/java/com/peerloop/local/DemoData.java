package com.peerloop.local;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.Records;
import com.peerloop.testsupport.TestJwts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local mode's records and a few activities, written through the gateway's own API as the PeerLoop
 * backend and the demo users would, so that every row of the contract's table can be tried by hand.
 */
final class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private DemoData() {}

    static void load(int port, DemoUsers users) {
        Api api = new Api(port);
        new Records(api, new TestJwts(TestJwts.KeyType.HMAC, LocalGatewayApplication.JWT_SECRET))
                .course("intro-java", "demo-creator")
                .course("advanced-java", "demo-creator")
                .course("watercolor", "demo-creator-2")
                .teacher("intro-java", "demo-teacher")
                .enroll("intro-java", "demo-student")
                .enroll("watercolor", "demo-student")
                .enroll("advanced-java", "demo-student-2")
                .enroll("intro-java", "demo-dropped")
                .drop("intro-java", "demo-dropped")
                .purchase("purchase-1", "demo-student", "demo-creator")
                .purchase("purchase-2", "demo-student-2", "demo-creator-2")
                .refund("purchase-2")
                .purchase("purchase-3", "demo-student-2", "demo-creator");
        post(api, users, "demo-admin", "townhall/main", "announcement", "Welcome to PeerLoop's town hall!");
        String week1 =
                post(api, users, "demo-teacher", "course/intro-java", "post", "Week 1: install a JDK and say hello.");
        String question =
                post(api, users, "demo-student", "course/intro-java", "question", "Which JDK version should I use?");
        thread(api, users, question);
        post(api, users, "demo-creator", "instructor/demo-creator", "announcement", "New course coming soon.");
        if (week1 != null) {
            expect(api.put("/api/feeds/course/intro-java/pins/" + week1, token(users, "demo-teacher"), null), "pin");
            expect(api.put("/api/activities/" + week1 + "/bookmark", token(users, "demo-student"), null), "bookmark");
        }
        notifications(api, users);
        log.info("""
                Demo records: courses intro-java and advanced-java (creator demo-creator, intro-java taught by \
                demo-teacher), watercolor (creator demo-creator-2); demo-student enrolled in intro-java and \
                watercolor, demo-student-2 in advanced-java, demo-dropped dropped from intro-java; purchases: \
                demo-student and demo-student-2 from demo-creator, demo-student-2's purchase from demo-creator-2 \
                refunded. The question in intro-java has a discussion: demo-teacher's answer, two replies to it \
                and demo-student's like on it; demo-teacher's week 1 post is pinned and bookmarked by demo-student.""");
    }

    /** Unread notifications for demo-student: a reaction, a comment, a follow and a mention. */
    private static void notifications(Api api, DemoUsers users) {
        String mine = post(api, users, "demo-student", "course/intro-java", "post", "Finished week 1!");
        if (mine != null) {
            send(api, users, "demo-teacher", "/api/activities/" + mine + "/reactions", "{\"type\":\"like\"}");
            send(api, users, "demo-teacher", "/api/activities/" + mine + "/comments", "{\"text\":\"Well done!\"}");
        }
        send(api, users, "demo-creator", "/api/follows", "{\"target\":\"user:demo-student\"}");
        send(
                api,
                users,
                "demo-teacher",
                "/api/feeds/course/intro-java/activities",
                "{\"type\":\"post\",\"text\":\"Office hours on Friday.\",\"mentions\":[\"demo-student\"]}");
        log.info("Demo notifications: demo-student has unread ones (GET /api/notifications).");
    }

    /** The returned id is null when the activity could not be posted. */
    private static String post(Api api, DemoUsers users, String userId, String feed, String type, String text) {
        Api.Response response = send(
                api,
                users,
                userId,
                "/api/feeds/" + feed + "/activities",
                "{\"type\":\"" + type + "\",\"text\":\"" + text + "\"}");
        return response == null ? null : response.json().at("/activity/id").asString();
    }

    /** A course discussion: a comment with replies and a comment reaction. */
    private static void thread(Api api, DemoUsers users, String activityId) {
        if (activityId == null) {
            return;
        }
        Api.Response answer = send(
                api,
                users,
                "demo-teacher",
                "/api/activities/" + activityId + "/comments",
                "{\"text\":\"Any LTS release: 17, 21 or 25.\"}");
        if (answer == null) {
            return;
        }
        String commentId = answer.json().at("/comment/id").asString();
        send(api, users, "demo-student", "/api/comments/" + commentId + "/replies", "{\"text\":\"Thanks, 21 it is.\"}");
        send(
                api,
                users,
                "demo-creator",
                "/api/comments/" + commentId + "/replies",
                "{\"text\":\"Week 2 uses records, so 17 or later.\"}");
        send(api, users, "demo-student", "/api/comments/" + commentId + "/reactions", "{\"type\":\"like\"}");
    }

    /** Posts as the demo user; null (and a warning) unless the gateway answered 201. */
    private static Api.Response send(Api api, DemoUsers users, String userId, String path, String body) {
        DemoUsers.DemoUser user = DemoUsers.ALL.stream()
                .filter(u -> u.id().equals(userId))
                .findFirst()
                .orElseThrow();
        Api.Response response = api.post(path, users.token(user), body);
        if (response.status() != 201) {
            log.warn("demo data at {} not written: {} {}", path, response.status(), response.body());
            return null;
        }
        return response;
    }

    private static String token(DemoUsers users, String userId) {
        return users.token(DemoUsers.ALL.stream()
                .filter(u -> u.id().equals(userId))
                .findFirst()
                .orElseThrow());
    }

    private static void expect(Api.Response response, String what) {
        if (response.status() != 204) {
            log.warn("demo {} not made: {} {}", what, response.status(), response.body());
        }
    }
}
