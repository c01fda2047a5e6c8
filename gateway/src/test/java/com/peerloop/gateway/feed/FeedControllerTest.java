package com.peerloop.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.peerloop.gateway.auth.PeerLoopUser;
import com.peerloop.gateway.ids.Feed;
import com.peerloop.gateway.ids.FeedGroup;
import com.peerloop.gateway.stream.FeedModels;
import com.peerloop.testsupport.GatewayWebMvcTest;
import com.peerloop.testsupport.TestJwts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The feed routes' mapping, parameters and refusals, in front of a mocked feed service. */
@GatewayWebMvcTest(FeedController.class)
class FeedControllerTest {

    private static final FeedModels.Activity ACTIVITY = new FeedModels.Activity(
            "a1",
            List.of("course:fc1"),
            "post",
            "Hello",
            List.of(),
            Map.of(),
            new FeedModels.Actor("f_student", "Student", null),
            Instant.parse("2026-01-02T03:04:05Z"),
            Map.of("like", 2),
            1,
            null,
            false);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestJwts jwts;

    @MockitoBean
    FeedService feeds;

    private String student() {
        return "Bearer " + jwts.token("f_student", "student");
    }

    @Test
    void readsTheNamedFeedAsTheCallerWithDefaultLimit() throws Exception {
        when(feeds.read(any(), eq(new Feed(FeedGroup.COURSE, "fc1")), eq(20), eq(null)))
                .thenReturn(new FeedModels.ActivityPage(List.of(ACTIVITY), "cursor-2"));

        mvc.perform(get("/api/feeds/course/fc1/activities").header("Authorization", student()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activities[0].id").value("a1"))
                .andExpect(jsonPath("$.activities[0].actor.id").value("f_student"))
                .andExpect(jsonPath("$.activities[0].reactionCounts.like").value(2))
                .andExpect(jsonPath("$.next").value("cursor-2"));

        ArgumentCaptor<PeerLoopUser> user = ArgumentCaptor.forClass(PeerLoopUser.class);
        verify(feeds).read(user.capture(), eq(new Feed(FeedGroup.COURSE, "fc1")), eq(20), eq(null));
        assertThat(user.getValue().id()).isEqualTo("f_student");
    }

    @Test
    void passesLimitAndCursorThrough() throws Exception {
        when(feeds.read(any(), any(), eq(100), eq("abc.DEF-1")))
                .thenReturn(new FeedModels.ActivityPage(List.of(), null));

        mvc.perform(get("/api/feeds/instructor/f_creator/activities?limit=100&next=abc.DEF-1")
                        .header("Authorization", student()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activities").isEmpty());

        verify(feeds).read(any(), eq(new Feed(FeedGroup.INSTRUCTOR, "f_creator")), eq(100), eq("abc.DEF-1"));
    }

    @Test
    void postsToTheNamedFeedAndAnswersCreated() throws Exception {
        when(feeds.post(any(), eq(new Feed(FeedGroup.COURSE, "fc1")), any())).thenReturn(ACTIVITY);

        mvc.perform(post("/api/feeds/course/fc1/activities")
                        .header("Authorization", student())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"question\",\"text\":\"Why?\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.activity.id").value("a1"));

        ArgumentCaptor<FeedRequests.NewActivity> body = ArgumentCaptor.forClass(FeedRequests.NewActivity.class);
        verify(feeds).post(any(), eq(new Feed(FeedGroup.COURSE, "fc1")), body.capture());
        assertThat(body.getValue().type()).isEqualTo(FeedRequests.ActivityType.QUESTION);
        assertThat(body.getValue().text()).isEqualTo("Why?");
    }

    @Test
    void refusesARequestWithoutTokenWithAnUnauthorizedProblem() throws Exception {
        mvc.perform(get("/api/feeds/course/fc1/activities"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("invalid_token"))
                .andExpect(jsonPath("$.status").value(401));

        verifyNoInteractions(feeds);
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws Exception {
        String foreign = new TestJwts(TestJwts.KeyType.HMAC, TestJwts.randomSecret()).token("f_student", "student");

        mvc.perform(get("/api/feeds/course/fc1/activities").header("Authorization", "Bearer " + foreign))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("invalid_token"));

        verifyNoInteractions(feeds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten"})
    void refusesALimitOutsideOneToHundredWithAValidationProblem(String limit) throws Exception {
        mvc.perform(get("/api/feeds/course/fc1/activities?limit=" + limit).header("Authorization", student()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.errors[0].field").value("limit"));

        verifyNoInteractions(feeds);
    }

    @Test
    void answersNotFoundForAnUnknownFeedGroup() throws Exception {
        mvc.perform(get("/api/feeds/secret/x/activities").header("Authorization", student()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not_found"));

        verifyNoInteractions(feeds);
    }
}
