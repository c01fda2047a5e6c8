package com.peerloop.gateway.auth;

import com.peerloop.gateway.web.ApiProblemException;
import com.peerloop.gateway.web.ProblemResponses;
import com.peerloop.gateway.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** The 401 and 403 answers of the API filter chain, as problem responses (RFC 6750 header on 401). */
@Component
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemResponses problems;

    ProblemSecurityHandlers(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String detail = e instanceof OAuth2AuthenticationException
                ? "The bearer token is not valid."
                : "A bearer token is required.";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        problems.write(
                new ApiProblemException(HttpStatus.UNAUTHORIZED, "invalid_token", "Unauthorized", detail),
                request,
                response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(Problems.forbidden("forbidden", "Your roles do not allow this request."), request, response);
    }

    /** For paths outside every API: nothing is there, whoever asks. */
    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(Problems.notFound("No such route."), request, response);
    }
}
