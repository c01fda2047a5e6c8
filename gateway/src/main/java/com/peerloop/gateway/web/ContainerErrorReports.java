package com.peerloop.gateway.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemErrorReportValve} in place of the error report valve Spring Boot adds to Tomcat's
 * host (an HTML page without server details). Ordered last, so that Boot's customizer has added its valve
 * before this one replaces it; the host is told the class name, so it adds no default one at start.
 * Boot's {@code /error} page is switched off in {@code application.yml}, so errors raised inside the
 * application's context (a refused TRACE, an exception escaping a filter) also reach this valve with
 * their own status rather than being forwarded to an {@code /error} route.
 */
@Component
class ContainerErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectProvider<ProblemResponses> problems;

    /** The problem writer is looked up on the first error, not while the server is being built. */
    ContainerErrorReports(ObjectProvider<ProblemResponses> problems) {
        this.problems = problems;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> replaceErrorReportValve(context.getParent()));
    }

    private void replaceErrorReportValve(Container host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        ProblemErrorReportValve valve = new ProblemErrorReportValve(problems);
        host.getPipeline().addValve(valve);
        if (host instanceof StandardHost standardHost) {
            standardHost.setErrorReportValveClass(valve.getClass().getName());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
