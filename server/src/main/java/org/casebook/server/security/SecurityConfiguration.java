package org.casebook.server.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.casebook.journal.store.Store;
import org.casebook.server.store.DataFolder;
import org.casebook.server.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
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
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Every request is authenticated (HTTP Basic) and every endpoint names the roles it admits; anything not listed
 * here is denied. Failures answer with problem details: 401, 403, and 429 or 503 with Retry-After when the
 * password was not checked ({@link SignInThrottle}).
 */
@Configuration
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

    /**
     * The pages Casebook serves (the handover brief, Swagger UI) load scripts, styles and images from Casebook
     * alone; inline styles are allowed (the brief's print styles, Swagger UI's components), inline scripts are not.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' "
            + "'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    /** A URL the firewall refuses (;jsessionid, encoded slashes, ..) is a problem detail like every other error. */
    @Bean
    RequestRejectedHandler rejectedRequests(ObjectMapper json) {
        return (request, response, e) -> {
            // refused before the filters that write the security headers run
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            Problems.write(request, response, json, Problems.problem(
                    HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "the URL holds what Casebook does not accept: path parameters such as ;jsessionid, encoded "
                            + "slashes, backslashes or dot segments"));
        };
    }

    @Bean
    Accounts accounts(SecurityProperties properties, Store store,
                      DataFolder folder) {
        boolean demo = properties.demoUsers() && store.isEmbedded();
        List<DemoUsers.DemoUser> demoUsers = demo ? DemoUsers.load(folder.dataDir(), properties.demoPassword())
                : List.of();
        return new Accounts(properties.users(), demoUsers);
    }

    @Bean
    SignInThrottle signInThrottle(SignInLimits limits, Clock clock) {
        return new SignInThrottle(limits, clock);
    }

    /** A password verified shortly before is taken as it is; any other is checked only as the throttle allows. */
    @Bean
    AuthenticationProvider authenticationProvider(Accounts accounts, SignInThrottle throttle, Clock clock,
                                                  SecurityProperties properties) {
        DaoAuthenticationProvider passwords =
                new DaoAuthenticationProvider(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        passwords.setUserDetailsService(new InMemoryUserDetailsManager(accounts.users()));
        return new VerifiedCredentials(throttle.guarding(passwords), properties.rememberVerified(), clock);
    }

    /** The paths of the REST API and its documentation; the console (its own chain) serves every other path. */
    public static final String[] API_PATHS = {"/api/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                              "/swagger-ui/**"};

    /**
     * A request without a valid password: 401 asking for HTTP Basic, or 429 or 503 with Retry-After when the password
     * was not checked ({@link SignInThrottle}). The API's and the actuator's.
     */
    static AuthenticationEntryPoint unauthenticated(ObjectMapper json) {
        return (request, response, e) -> {
            if (e instanceof TooManyAttempts wait) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds(wait.retryAfter())));
                Problems.write(request, response, json, Problems.problem(
                        HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many failed sign-ins",
                        "too many wrong passwords came for this account or from this address lately; the password "
                                + "was not checked; try again in " + seconds(wait.retryAfter()) + " s"));
                return;
            }
            if (e instanceof SignInBusy) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                Problems.write(request, response, json, Problems.problem(
                        HttpStatus.SERVICE_UNAVAILABLE, "sign-in-busy", "Too many sign-ins at once",
                        "too many passwords are being checked at once; the password was not checked; try again"));
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Casebook\"");
            Problems.write(request, response, json, Problems.problem(
                    HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in required",
                    "this request needs a user name and password (HTTP Basic)"));
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthenticated = unauthenticated(json);
        AccessDeniedHandler forbidden = (request, response, e) -> Problems.write(request, response, json,
                Problems.notAllowedForRole(request));
        return http
                .securityMatcher(API_PATHS)
                .csrf(csrf -> csrf.disable())
                .headers(headers -> {
                    headers.addObjectPostProcessor(WRITE_HEADERS_FIRST);
                    headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
                })
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated)
                                                       .accessDeniedHandler(forbidden))
                .authorizeHttpRequests(rules -> rules
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/crises/*/report")
                        .hasAnyRole(Role.REPORTER.name(), Role.COORDINATOR.name())
                        // who leads a case moves by handover between its parties; a lead body recorded wrongly is
                        // put right by an admin, who is no party to it (a coordinator could take a case over)
                        .requestMatchers(HttpMethod.POST, "/api/crises/*/lead-correction")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/crises", "/api/crises/**", "/api/responders",
                                         "/api/responders/**", "/api/funding-sources", "/api/funding-sources/**")
                        .hasRole(Role.COORDINATOR.name())
                        // a body's inbox: its coordinators act on what is in it
                        .requestMatchers(HttpMethod.GET, "/api/alerts").hasRole(Role.COORDINATOR.name())
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
                        .requestMatchers(HttpMethod.GET, "/api/bodies", "/api/people")
                        .hasAnyRole(Role.COORDINATOR.name(), Role.AUDITOR.name(), Role.REPORTER.name(),
                                    Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/journal/head")
                        .hasAnyRole(Role.COORDINATOR.name(), Role.AUDITOR.name(), Role.REPORTER.name(),
                                    Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                         "/swagger-ui/**").authenticated()
                        .anyRequest().denyAll())
                .build();
    }

    /** Whole seconds, rounded up: a client that waits that long is not refused again for waiting too little. */
    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
