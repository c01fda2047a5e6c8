package com.peerloop.gateway.webhook;

import com.peerloop.gateway.stream.StreamProperties;
import com.peerloop.gateway.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The webhook's own trust boundary: Stream signs each delivery with the app secret, so this chain
 * checks that signature and nothing else (no JWT). It comes before the API chain, which would
 * otherwise claim {@code /api/**}.
 */
@Configuration(proxyBeanMethods = false)
class WebhookSecurityConfiguration {

    static final String PATH = "/api/stream/webhook";

    @Bean
    @Order(20)
    SecurityFilterChain webhookChain(
            HttpSecurity http,
            StreamProperties stream,
            WebhookProperties properties,
            ProblemResponses problems,
            WebhookMetrics metrics)
            throws Exception {
        WebhookSignatureFilter signatures = new WebhookSignatureFilter(
                stream.apiKey(),
                new WebhookSignature(stream.apiSecret()),
                properties.maxBodySize().toBytes(),
                problems,
                metrics);
        return http.securityMatcher(PATH)
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(signatures, AnonymousAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(
                                (req, res, e) -> problems.write(WebhookSignatureFilter.invalidSignature(), req, res))
                        .accessDeniedHandler(
                                (req, res, e) -> problems.write(WebhookSignatureFilter.invalidSignature(), req, res)))
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, PATH)
                        .hasAuthority(WebhookSignatureFilter.AUTHORITY)
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
