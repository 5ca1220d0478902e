package org.casebook.server.security;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.casebook.journal.store.Store;
import org.casebook.server.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Every request is authenticated (HTTP Basic) and every endpoint names the roles it admits; anything not listed
 * here is denied. Failures answer with problem details.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    private static final String[] READERS = {Role.COORDINATOR.name(), Role.AUDITOR.name(), Role.REPORTER.name()};

    /**
     * Security headers are written before the response starts: written after it, they would race the thread that
     * streams an export (StreamingResponseBody) and could corrupt the response.
     */
    private static final ObjectPostProcessor<HeaderWriterFilter> WRITE_HEADERS_FIRST = new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    };

    @Bean
    Accounts accounts(SecurityProperties properties, Store store,
                      @Value("${casebook.data-dir:./data}") Path dataDirectory) {
        boolean demo = properties.demoUsers() && store.isEmbedded();
        List<DemoUsers.DemoUser> demoUsers = demo
                ? DemoUsers.load(dataDirectory, System.getenv(DemoUsers.PASSWORD_VARIABLE))
                : List.of();
        return new Accounts(properties.users(), demoUsers);
    }

    @Bean
    AuthenticationProvider authenticationProvider(Accounts accounts, Clock clock,
                                                  @Value("${casebook.security.remember-verified:PT5M}")
                                                  Duration remembered) {
        DaoAuthenticationProvider passwords =
                new DaoAuthenticationProvider(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        passwords.setUserDetailsService(new InMemoryUserDetailsManager(accounts.users()));
        return new VerifiedCredentials(passwords, remembered, clock);
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Casebook\"");
            Problems.write(request, response, json, Problems.problem(
                    HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in required",
                    "this request needs a user name and password (HTTP Basic)"));
        };
        AccessDeniedHandler forbidden = (request, response, e) -> Problems.write(request, response, json,
                Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for your role",
                                 request.getMethod() + " " + request.getRequestURI()
                                         + " is not allowed for your role"));
        return http
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.addObjectPostProcessor(WRITE_HEADERS_FIRST))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated)
                                                       .accessDeniedHandler(forbidden))
                .authorizeHttpRequests(rules -> rules
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/crises/*/report")
                        .hasAnyRole(Role.REPORTER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/crises", "/api/crises/**", "/api/responders",
                                         "/api/responders/**", "/api/funding-sources", "/api/funding-sources/**")
                        .hasRole(Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/crises", "/api/crises/**", "/api/responders",
                                         "/api/responders/**", "/api/funding-sources", "/api/funding-sources/**",
                                         "/api/handovers")
                        .hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.GET, "/api/reports/submissions", "/api/reports/submissions/**")
                        .hasAnyRole(Role.REPORTER.name(), Role.COORDINATOR.name(), Role.AUDITOR.name())
                        .requestMatchers("/api/reports", "/api/reports/**")
                        .hasAnyRole(Role.REPORTER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/journal/verify", "/api/journal/verify/**",
                                         "/api/journal/digests", "/api/journal/export", "/api/audit/**")
                        .hasRole(Role.AUDITOR.name())
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/journal/head")
                        .hasAnyRole(Role.COORDINATOR.name(), Role.AUDITOR.name(), Role.REPORTER.name(),
                                    Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                         "/swagger-ui/**").authenticated()
                        .anyRequest().denyAll())
                .build();
    }
}
