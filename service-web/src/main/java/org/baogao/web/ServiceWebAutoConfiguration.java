package org.baogao.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The HTTP edge every Baogao service shares, switched on by having this module on the class path: Jetty's own
 * errors and the servlet error page answer RFC 9457 problems. Runs before Spring Boot's error configuration so
 * that {@code BasicErrorController} (HTML for browsers) backs off.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
public class ServiceWebAutoConfiguration {

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    JettyServerCustomizer problemJettyErrors() {
        return server -> server.setErrorHandler(new ProblemJettyErrorHandler());
    }
}
