package com.peerloop.gateway.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import org.junit.jupiter.api.Test;

class RecordsApiTest extends GatewayTestBase {

    private String service() {
        return jwts.token("peerloop-backend", "service");
    }

    @Test
    void courseWriteIsIdempotentAndEchoesTheCourse() {
        String body = "{\"creatorId\":\"r_creator\",\"title\":\"Intro\"}";

        Api.Response first = api.put("/api/internal/courses/rc1", service(), body);
        Api.Response second = api.put("/api/internal/courses/rc1", service(), body);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("creatorId").asString()).isEqualTo("r_creator");
        assertThat(second.json().get("title").asString()).isEqualTo("Intro");
    }

    @Test
    void repeatedEnrollmentsAndDropsAreIdempotent() {
        new Records(api, jwts)
                .course("rc2", "r_creator")
                .enroll("rc2", "r_s")
                .enroll("rc2", "r_s")
                .drop("rc2", "r_s")
                .drop("rc2", "r_s")
                .enroll("rc2", "r_s");

        assertThat(api.get("/api/feeds/course/rc2/activities", jwts.token("r_s", "student"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void nonServiceCallersAreRefused() {
        for (String role : new String[] {"student", "teacher", "creator", "admin"}) {
            Api.Response response = api.put(
                    "/api/internal/courses/rc3", jwts.token("someone", role), "{\"creatorId\":\"x\",\"title\":\"t\"}");
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().get("code").asString()).isEqualTo("forbidden");
        }
        assertThat(api.put("/api/internal/courses/rc3", null, "{}").status()).isEqualTo(401);
    }

    @Test
    void dropTakesEffectOnTheVeryNextRequest() {
        new Records(api, jwts).course("rc4", "r_creator").enroll("rc4", "r_drop");
        String student = jwts.token("r_drop", "student");
        assertThat(api.get("/api/feeds/course/rc4/activities", student).status())
                .isEqualTo(200);

        new Records(api, jwts).drop("rc4", "r_drop");

        Api.Response after = api.get("/api/feeds/course/rc4/activities", student);
        assertThat(after.status()).isEqualTo(403);
        assertThat(after.json().get("code").asString()).isEqualTo("not_enrolled");
    }

    @Test
    void refundTakesEffectOnTheVeryNextRequestUnlessAnotherPurchaseRemains() {
        Records records =
                new Records(api, jwts).purchase("rp1", "r_buyer", "r_seller").purchase("rp2", "r_buyer", "r_seller");
        String buyer = jwts.token("r_buyer", "student");
        assertThat(api.get("/api/feeds/instructor/r_seller/activities", buyer).status())
                .isEqualTo(200);

        records.refund("rp1");
        assertThat(api.get("/api/feeds/instructor/r_seller/activities", buyer).status())
                .isEqualTo(200);

        records.refund("rp2");
        Api.Response after = api.get("/api/feeds/instructor/r_seller/activities", buyer);
        assertThat(after.status()).isEqualTo(403);
        assertThat(after.json().get("code").asString()).isEqualTo("not_purchased");
    }

    @Test
    void teacherRemovalTakesEffectOnTheVeryNextRequest() {
        Records records = new Records(api, jwts).course("rc5", "r_creator").teacher("rc5", "r_teacher");
        String teacher = jwts.token("r_teacher", "teacher");
        assertThat(api.get("/api/feeds/course/rc5/activities", teacher).status())
                .isEqualTo(200);

        records.removeTeacher("rc5", "r_teacher");

        assertThat(api.get("/api/feeds/course/rc5/activities", teacher).status())
                .isEqualTo(403);
    }

    @Test
    void enrollmentInAnUnknownCourseIsNotFound() {
        Api.Response response = api.put("/api/internal/courses/nope/enrollments/r_s", service(), null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("not_found");
    }

    @Test
    void removalsFromAnUnknownCourseAreAlreadyDone() {
        assertThat(api.delete("/api/internal/courses/gone/enrollments/r_s", service())
                        .status())
                .isEqualTo(204);
        assertThat(api.delete("/api/internal/courses/gone/teachers/r_t", service())
                        .status())
                .isEqualTo(204);
    }

    @Test
    void purchaseIdReusedWithOtherDetailsIsAConflict() {
        new Records(api, jwts).purchase("rp9", "r_u1", "r_seller");

        Api.Response response =
                api.put("/api/internal/purchases/rp9", service(), "{\"userId\":\"r_u2\",\"creatorId\":\"r_seller\"}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("code").asString()).isEqualTo("conflict");
    }

    @Test
    void invalidRecordBodiesAreValidationFailures() {
        Api.Response badCreator = api.put(
                "/api/internal/courses/rc6", service(), "{\"creatorId\":\"no spaces allowed\",\"title\":\"t\"}");
        Api.Response noTitle = api.put("/api/internal/courses/rc6", service(), "{\"creatorId\":\"c\"}");

        assertThat(badCreator.status()).isEqualTo(400);
        assertThat(badCreator.json().at("/errors/0/field").asString()).isEqualTo("creatorId");
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.json().at("/errors/0/field").asString()).isEqualTo("title");
    }
}
