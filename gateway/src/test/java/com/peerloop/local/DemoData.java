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
        post(api, users, "demo-student", "course/intro-java", "question", "Which JDK version should I use?");
        post(api, users, "demo-creator", "instructor/demo-creator", "announcement", "New course coming soon.");
        if (week1 != null) {
            expect(api.put("/api/feeds/course/intro-java/pins/" + week1, token(users, "demo-teacher"), null), "pin");
            expect(api.put("/api/activities/" + week1 + "/bookmark", token(users, "demo-student"), null), "bookmark");
        }
        log.info("""
                Demo records: courses intro-java and advanced-java (creator demo-creator, intro-java taught by \
                demo-teacher), watercolor (creator demo-creator-2); demo-student enrolled in intro-java and \
                watercolor, demo-student-2 in advanced-java, demo-dropped dropped from intro-java; purchases: \
                demo-student and demo-student-2 from demo-creator, demo-student-2's purchase from demo-creator-2 \
                refunded. In intro-java, demo-teacher's week 1 post is pinned and bookmarked by demo-student.""");
    }

    /** Posts the activity and answers its id, or null when the gateway refused it. */
    private static String post(Api api, DemoUsers users, String userId, String feed, String type, String text) {
        Api.Response response = api.post(
                "/api/feeds/" + feed + "/activities",
                token(users, userId),
                "{\"type\":\"" + type + "\",\"text\":\"" + text + "\"}");
        if (response.status() != 201) {
            log.warn("demo activity in {} not posted: {} {}", feed, response.status(), response.body());
            return null;
        }
        return response.json().path("activity").path("id").asString();
    }

    private static String token(DemoUsers users, String userId) {
        DemoUsers.DemoUser user = DemoUsers.ALL.stream()
                .filter(u -> u.id().equals(userId))
                .findFirst()
                .orElseThrow();
        return users.token(user);
    }

    private static void expect(Api.Response response, String what) {
        if (response.status() != 204) {
            log.warn("demo {} not made: {} {}", what, response.status(), response.body());
        }
    }
}
