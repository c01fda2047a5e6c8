package com.peerloop.gateway.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Paths the security firewall refuses ({@code ..}, encoded slashes, …) answer a 400 problem like any
 * other bad input, rather than a bare error page.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(ProblemResponses problems) {
        return (request, response, e) -> problems.write(
                Problems.validation("path", "contains characters or segments that are not allowed"), request, response);
    }

    /** Let encoded slashes reach the firewall, which refuses them with the problem above. */
    @Bean
    TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }
}
