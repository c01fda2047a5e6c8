package com.peerloop.gateway.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.peerloop.gateway.records.RecordsRequests.CourseView;
import com.peerloop.gateway.records.RecordsRequests.PurchaseView;
import com.peerloop.gateway.records.RecordsService.Actor;
import com.peerloop.testsupport.GatewayWebMvcTest;
import com.peerloop.testsupport.TestJwts;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The internal records API's routes, role rule and input checks, in front of a mocked service. */
@GatewayWebMvcTest(RecordsController.class)
class RecordsControllerTest {

    private static final String COURSE = "{\"creatorId\":\"r_creator\",\"title\":\"Intro\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestJwts jwts;

    @MockitoBean
    RecordsService records;

    private MockHttpServletRequestBuilder asService(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + jwts.token("peerloop-backend", "service"));
    }

    @Test
    void putCourseSavesItAsTheCallingServiceAndEchoesIt() throws Exception {
        when(records.saveCourse(eq("rc1"), eq("r_creator"), eq("Intro"), any()))
                .thenReturn(new CourseView("rc1", "r_creator", "Intro"));

        mvc.perform(asService(put("/api/internal/courses/rc1"))
                        .header("X-Request-Id", "req-rc1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(COURSE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("rc1"))
                .andExpect(jsonPath("$.creatorId").value("r_creator"))
                .andExpect(jsonPath("$.title").value("Intro"));

        ArgumentCaptor<Actor> actor = ArgumentCaptor.forClass(Actor.class);
        verify(records).saveCourse(eq("rc1"), eq("r_creator"), eq("Intro"), actor.capture());
        assertThat(actor.getValue()).isEqualTo(new Actor("peerloop-backend", "req-rc1"));
    }

    @Test
    void teacherAndEnrollmentRoutesReachTheirServiceMethodsWithNoContent() throws Exception {
        mvc.perform(asService(put("/api/internal/courses/rc2/teachers/r_t"))).andExpect(status().isNoContent());
        mvc.perform(asService(delete("/api/internal/courses/rc2/teachers/r_t"))).andExpect(status().isNoContent());
        mvc.perform(asService(put("/api/internal/courses/rc2/enrollments/r_s"))).andExpect(status().isNoContent());
        mvc.perform(asService(delete("/api/internal/courses/rc2/enrollments/r_s")))
                .andExpect(status().isNoContent());

        verify(records).addTeacher(eq("rc2"), eq("r_t"), any());
        verify(records).removeTeacher(eq("rc2"), eq("r_t"), any());
        verify(records).enroll(eq("rc2"), eq("r_s"), any());
        verify(records).drop(eq("rc2"), eq("r_s"), any());
    }

    @Test
    void purchaseRoutesSaveAndRefund() throws Exception {
        when(records.savePurchase(eq("rp1"), eq("r_buyer"), eq("r_seller"), eq("rc3"), any()))
                .thenReturn(new PurchaseView("rp1", "r_buyer", "r_seller", "rc3", false));

        mvc.perform(asService(put("/api/internal/purchases/rp1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":\"r_buyer\",\"creatorId\":\"r_seller\",\"courseId\":\"rc3\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("rp1"))
                .andExpect(jsonPath("$.refunded").value(false));
        mvc.perform(asService(delete("/api/internal/purchases/rp1"))).andExpect(status().isNoContent());

        verify(records).refund(eq("rp1"), any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"student", "teacher", "creator", "admin"})
    void refusesEveryRoleButServiceWithAForbiddenProblem(String role) throws Exception {
        mvc.perform(put("/api/internal/courses/rc4")
                        .header("Authorization", "Bearer " + jwts.token("someone", role))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(COURSE))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("forbidden"));

        verifyNoInteractions(records);
    }

    @Test
    void refusesACallerWithoutTokenWithAnUnauthorizedProblem() throws Exception {
        mvc.perform(put("/api/internal/courses/rc4")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(COURSE))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("invalid_token"));

        verifyNoInteractions(records);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/internal/courses/no*stars/enrollments/r_s",
                "/api/internal/courses/rc5/enrollments/caf%C3%A9",
                "/api/internal/courses/rc5/teachers/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "/api/internal/purchases/p%20q"
            })
    void refusesAnInvalidIdWithAValidationProblem(String path) throws Exception {
        mvc.perform(asService(put(URI.create(path)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":\"r_buyer\",\"creatorId\":\"r_seller\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.errors[0].message").value("must be 1-64 of [A-Za-z0-9_-]"));

        verifyNoInteractions(records);
    }

    @Test
    void refusesAnInvalidBodyFieldByName() throws Exception {
        mvc.perform(asService(put("/api/internal/courses/rc6"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"creatorId\":\"no spaces allowed\",\"title\":\"t\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.errors[0].field").value("creatorId"));

        verifyNoInteractions(records);
    }
}
