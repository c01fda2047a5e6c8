package com.peerloop.gateway.webhook;

import com.peerloop.gateway.web.ApiProblemException;
import com.peerloop.gateway.web.ProblemResponses;
import com.peerloop.gateway.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a Stream webhook delivery before anything parses it: the body is read up to the limit
 * (413 beyond), inflated when gzip (again bounded), then {@code X-Api-Key} and {@code X-Signature} are
 * compared in constant time. A refused delivery gets the contract's 401 {@code invalid_token} whatever the reason,
 * so a caller learns nothing about which check failed; the metric and the log line say which.
 * Only the webhook filter chain uses it; it is not a servlet filter of its own.
 */
final class WebhookSignatureFilter extends OncePerRequestFilter {

    static final String AUTHORITY = "STREAM_WEBHOOK";
    static final String SIGNATURE = "X-Signature";
    static final String API_KEY = "X-Api-Key";
    static final String WEBHOOK_ID = "X-Webhook-Id";
    static final String ATTEMPT = "X-Webhook-Attempt";

    private static final Logger log = LoggerFactory.getLogger(WebhookSignatureFilter.class);
    private static final SecurityContextRepository CONTEXTS = new RequestAttributeSecurityContextRepository();

    private final String apiKey;
    private final WebhookSignature signature;
    private final long limit;
    private final ProblemResponses problems;
    private final WebhookMetrics metrics;

    WebhookSignatureFilter(
            String apiKey, WebhookSignature signature, long limit, ProblemResponses problems, WebhookMetrics metrics) {
        this.apiKey = apiKey;
        this.signature = signature;
        this.limit = limit;
        this.problems = problems;
        this.metrics = metrics;
    }

    static ApiProblemException invalidSignature() {
        return new ApiProblemException(
                HttpStatus.UNAUTHORIZED,
                "invalid_token",
                "Unauthorized",
                "The webhook delivery is not signed by this gateway's Stream app.");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body;
        try {
            if (request.getContentLengthLong() > limit) {
                throw new WebhookBodies.TooLarge();
            }
            body = WebhookBodies.read(request.getInputStream(), limit);
            if (!WebhookSignature.sameText(apiKey, request.getHeader(API_KEY))) {
                refuse("wrong_api_key", invalidSignature(), request, response);
                return;
            }
            if (WebhookBodies.gzipped(body, request.getHeader(HttpHeaders.CONTENT_ENCODING))) {
                body = WebhookBodies.gunzip(body, limit);
            }
        } catch (WebhookBodies.TooLarge e) {
            refuse("too_large", Problems.payloadTooLarge(limit), request, response);
            return;
        } catch (IOException e) {
            refuse(
                    "malformed",
                    Problems.malformed("The webhook body could not be read or decompressed."),
                    request,
                    response);
            return;
        }
        if (!signature.matches(body, request.getHeader(SIGNATURE))) {
            refuse("invalid_signature", invalidSignature(), request, response);
            return;
        }
        authenticate(request, response);
        request.setAttribute(
                VerifiedWebhook.ATTRIBUTE,
                new VerifiedWebhook(body, request.getHeader(WEBHOOK_ID), attempt(request.getHeader(ATTEMPT))));
        chain.doFilter(request, response);
    }

    private void refuse(
            String outcome, ApiProblemException problem, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        metrics.refused(outcome);
        log.warn(
                "webhook delivery refused: outcome={} webhookId={}",
                outcome,
                WebhookEvents.safeId(request.getHeader(WEBHOOK_ID)));
        problems.write(problem, request, response);
    }

    /** Stream is the caller; saved where the access log and authorization find it. */
    private static void authenticate(HttpServletRequest request, HttpServletResponse response) {
        Authentication stream = UsernamePasswordAuthenticationToken.authenticated(
                "stream", null, List.of(new SimpleGrantedAuthority(AUTHORITY)));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(stream);
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }

    private static Integer attempt(String header) {
        try {
            return header == null ? null : Integer.valueOf(header.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
