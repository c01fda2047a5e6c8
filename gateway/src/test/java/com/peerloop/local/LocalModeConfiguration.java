package com.peerloop.local;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What the local mode adds to the gateway: demo tokens, printed at start-up and served under /local. */
@Configuration(proxyBeanMethods = false)
class LocalModeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LocalModeConfiguration.class);

    @Bean
    DemoUsers demoUsers() {
        return new DemoUsers();
    }

    @Bean
    @Order(5)
    SecurityFilterChain localDemoChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/local/**")
                .csrf(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void printDemoTokens(ApplicationReadyEvent event) {
        DemoUsers users = event.getApplicationContext().getBean(DemoUsers.class);
        Environment env = event.getApplicationContext().getEnvironment();
        String base = "http://localhost:" + env.getProperty("local.server.port", "8080");
        StringBuilder out = new StringBuilder("\n\nPeerLoop Feeds Gateway — local mode\n");
        out.append("  API:           ").append(base).append("/swagger-ui.html\n");
        out.append("  Stream stand-in: ")
                .append(env.getProperty("stream.base-url"))
                .append('\n');
        out.append("  Demo PeerLoop JWTs (valid ")
                .append(DemoUsers.TOKEN_VALIDITY.toHours())
                .append(" h; fresh ones at ")
                .append(base)
                .append("/local/demo-tokens):\n");
        DemoUsers.ALL.forEach(u ->
                out.append(String.format("    %-16s %-9s %s%n", u.id(), String.join(",", u.roles()), users.token(u))));
        out.append("  Try: curl -X POST -H \"Authorization: Bearer <token>\" ")
                .append(base)
                .append("/api/stream/token\n");
        log.info(out.toString());
        DemoData.load(Integer.parseInt(env.getProperty("local.server.port", "8080")), users);
    }

    /**
     * {@code GET /local/demo-tokens[/{userId}]}: fresh demo JWTs. Exists in local mode only (registered as a
     * member class of this configuration).
     */
    @RestController
    static class DemoTokenController {
        private final DemoUsers users;

        DemoTokenController(DemoUsers users) {
            this.users = users;
        }

        @GetMapping("/local/demo-tokens")
        List<Map<String, Object>> all() {
            return DemoUsers.ALL.stream().map(this::describe).toList();
        }

        @GetMapping("/local/demo-tokens/{userId}")
        ResponseEntity<Map<String, Object>> one(@PathVariable String userId) {
            return DemoUsers.ALL.stream()
                    .filter(u -> u.id().equals(userId))
                    .findFirst()
                    .map(u -> ResponseEntity.ok(describe(u)))
                    .orElse(ResponseEntity.notFound().build());
        }

        private Map<String, Object> describe(DemoUsers.DemoUser user) {
            return Map.of("userId", user.id(), "name", user.name(), "roles", user.roles(), "token", users.token(user));
        }
    }
}
