package com.peerloop.gateway.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One filter chain per trust boundary: operations endpoints, the bearer-JWT API, and a last chain that
 * answers 404 for everything else. Each ends by denying what it does not name.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * No observation of the security filters themselves: with observations merely switched off by property,
     * every filter of every request is still wrapped and asked whether to observe. The request as a whole stays
     * observed ({@code http.server.requests}, with its trace).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(10)
    SecurityFilterChain operationsChain(HttpSecurity http) throws Exception {
        return stateless(http)
                .securityMatcher(
                        "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .build();
    }

    @Bean
    @Order(30)
    SecurityFilterChain apiChain(
            HttpSecurity http, JwtDecoder decoder, PeerLoopUserConverter converter, ProblemSecurityHandlers handlers)
            throws Exception {
        return stateless(http)
                .securityMatcher("/api/**")
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/internal/**")
                        .hasRole(Role.SERVICE.claimValue())
                        .requestMatchers("/api/admin/**")
                        .hasRole(Role.ADMIN.claimValue())
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .build();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain everythingElseChain(HttpSecurity http, ProblemSecurityHandlers handlers) throws Exception {
        return stateless(http)
                .exceptionHandling(ex -> ex.authenticationEntryPoint((req, res, e) -> handlers.notFound(req, res))
                        .accessDeniedHandler((req, res, e) -> handlers.notFound(req, res)))
                .authorizeHttpRequests(auth -> auth.anyRequest().denyAll())
                .build();
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }
}
