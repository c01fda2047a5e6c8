package com.peerloop.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.peerloop.testsupport.Api;
import com.peerloop.testsupport.GatewayTestBase;
import com.peerloop.testsupport.Records;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaginationTest extends GatewayTestBase {

    @Test
    void fortyFiveActivitiesComeBackAsTwentyTwentyFiveNewestFirstWithoutDuplicates() {
        new Records(api, jwts).course("pc1", "p_creator").enroll("pc1", "p_student");
        String token = jwts.token("p_student", "student");
        for (int i = 0; i < 45; i++) {
            assertThat(api.post(
                                    "/api/feeds/course/pc1/activities",
                                    token,
                                    "{\"type\":\"post\",\"text\":\"post " + i + "\"}")
                            .status())
                    .isEqualTo(201);
        }

        List<Integer> sizes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        String next = null;
        do {
            Api.Response page = api.get(
                    "/api/feeds/course/pc1/activities?limit=20"
                            + (next == null
                                    ? ""
                                    : "&next="
                                            + java.net.URLEncoder.encode(
                                                    next, java.nio.charset.StandardCharsets.UTF_8)),
                    token);
            assertThat(page.status()).isEqualTo(200);
            JsonNode activities = page.json().get("activities");
            sizes.add(activities.size());
            activities.forEach(a -> texts.add(a.get("text").asString()));
            next = page.json().get("next").isNull()
                    ? null
                    : page.json().get("next").asString();
        } while (next != null);

        assertThat(sizes).containsExactly(20, 20, 5);
        assertThat(texts).doesNotHaveDuplicates().hasSize(45);
        assertThat(texts.get(0)).isEqualTo("post 44");
        assertThat(texts.get(44)).isEqualTo("post 0");
    }

    @Test
    void defaultPageIsTwenty() {
        new Records(api, jwts).course("pc2", "p_creator");
        String token = jwts.token("p_creator", "creator");
        for (int i = 0; i < 21; i++) {
            api.post("/api/feeds/course/pc2/activities", token, "{\"type\":\"post\",\"text\":\"p" + i + "\"}");
        }

        assertThat(api.get("/api/feeds/course/pc2/activities", token)
                        .json()
                        .get("activities")
                        .size())
                .isEqualTo(20);
    }
}
