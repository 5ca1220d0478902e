package org.casebook.server.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.casebook.server.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's endpoints ({@code /actuator/**}, before the API's and the console's chains). The probes
 * ({@code /actuator/health}, {@code .../liveness}, {@code .../readiness}) answer anyone, as a load balancer or an
 * orchestrator asks them, with a status alone (details are shown to admins: {@code show-details: when-authorized}).
 * Metrics, Prometheus' scrape and info answer admins and the metrics account ({@link Role#METRICS}) with HTTP Basic,
 * as the API does; anything else is denied.
 */
@Configuration
public class ActuatorSecurity {

    /** The probes: an unauthenticated GET, answered with UP, DOWN or OUT_OF_SERVICE and nothing more. */
    public static final String[] PROBES = {"/actuator/health", "/actuator/health/liveness",
                                           "/actuator/health/readiness"};

    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .securityMatcher("/actuator", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(
                        csp -> csp.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration.unauthenticated(json)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(SecurityConfiguration.unauthenticated(json))
                        .accessDeniedHandler((request, response, e) -> Problems.write(request, response, json,
                                Problems.notAllowedForRole(request))))
                .authorizeHttpRequests(rules -> rules
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, PROBES).permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus", "/actuator/metrics",
                                         "/actuator/metrics/**", "/actuator/info")
                        .hasAnyRole(Role.ADMIN.name(), Role.METRICS.name())
                        .anyRequest().denyAll())
                .build();
    }
}
