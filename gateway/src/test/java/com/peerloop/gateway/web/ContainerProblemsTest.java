package com.peerloop.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which problem each status the container chose becomes; the status itself is always kept. */
class ContainerProblemsTest {

    private static String code(int status) {
        ApiProblemException problem = ProblemErrorReportValve.problemFor(status, 8192);
        assertThat(problem.status().value()).isEqualTo(status);
        return problem.code();
    }

    @Test
    void parseFailuresAndUnsupportedProtocolFeaturesAreMalformedRequests() {
        assertThat(code(400)).isEqualTo("malformed_request");
        assertThat(code(501)).isEqualTo("malformed_request");
        assertThat(code(505)).isEqualTo("malformed_request");
        assertThat(ProblemErrorReportValve.problemFor(400, 8192).getMessage()).contains("8192 bytes");
    }

    @Test
    void statusesWithAContractCodeUseIt() {
        assertThat(code(404)).isEqualTo("not_found");
        assertThat(code(405)).isEqualTo("method_not_allowed");
        assertThat(code(413)).isEqualTo("payload_too_large");
        assertThat(code(503)).isEqualTo("unavailable");
        assertThat(ProblemErrorReportValve.problemFor(503, null).retryAfter()).isPositive();
    }

    @Test
    void otherServerErrorsAreInternalErrors() {
        assertThat(code(500)).isEqualTo("internal_error");
        assertThat(code(502)).isEqualTo("internal_error");
    }
}
