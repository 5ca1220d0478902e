package org.casebook.server.security;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The web console signs people in with a form and keeps them signed in with a session: the same accounts, roles,
 * bodies and clearances as the API (which keeps HTTP Basic and no session, {@link SecurityConfiguration}). Every
 * form carries a CSRF token; the session cookie is {@code HttpOnly} and {@code SameSite=Strict} (and
 * {@code Secure} over TLS), idle sessions end after {@code server.servlet.session.timeout}, and signing out ends
 * the session. Pages load scripts and styles from Casebook alone, none inline.
 */
@Configuration
public class ConsoleSecurity {

    /** No inline script or style anywhere in the console: every text a user wrote is only ever text. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    /** The forms of what coordinators record: cases and what happens in them, the roster, the funding sources. */
    private static final String[] COORDINATORS_FORMS = {"/cases/new", "/cases/*/*/new", "/cases/*/*/*/*/new",
                                                        "/cases/*/*/*/*/*/*/new",
                                                        "/responders/new", "/responders/*/*/new",
                                                        "/funding-sources/new", "/funding-sources/*/*/new"};
    private static final String[] COORDINATORS_WRITES = {"/cases", "/cases/**", "/responders", "/responders/**",
                                                         "/funding-sources", "/funding-sources/**"};

    private static final String[] READERS = {Role.COORDINATOR.name(), Role.AUDITOR.name(), Role.REPORTER.name()};

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http) throws Exception {
        return http
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .formLogin(form -> form.loginPage("/sign-in")
                                       .failureHandler(signInRefused())
                                       .defaultSuccessUrl("/", true))
                .logout(logout -> logout.logoutUrl("/sign-out")
                                        .logoutSuccessUrl("/sign-in?signed-out")
                                        .invalidateHttpSession(true)
                                        .deleteCookies("CASEBOOK_SESSION"))
                .exceptionHandling(handling -> handling.accessDeniedPage("/not-allowed"))
                .authorizeHttpRequests(rules -> rules
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(HttpMethod.GET, "/sign-in", "/assets/**", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.GET, "/").authenticated()
                        // a page ending in /new is the form of a write; the write is its POST, as in the API
                        .requestMatchers(HttpMethod.GET, COORDINATORS_FORMS).hasRole(Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, COORDINATORS_WRITES).hasRole(Role.COORDINATOR.name())
                        // reports as the API has them (/api/reports/**, /api/crises/*/report): reporting staff and
                        // coordinators build, download and submit them; auditors read what was submitted
                        .requestMatchers(HttpMethod.GET, "/reports/submissions")
                        .hasAnyRole(Role.REPORTER.name(), Role.COORDINATOR.name(), Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/cases/*/report")
                        .hasAnyRole(Role.REPORTER.name(), Role.COORDINATOR.name())
                        .requestMatchers("/reports", "/reports/**")
                        .hasAnyRole(Role.REPORTER.name(), Role.COORDINATOR.name())
                        // a body's inbox, as /api/alerts: its coordinators act on what is in it
                        .requestMatchers(HttpMethod.GET, "/alerts").hasRole(Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/board", "/board/**", "/cases/**", "/responders",
                                         "/responders/**", "/funding-sources", "/funding-sources/**")
                        .hasAnyRole(READERS)
                        // the desk's verification, export and access log, as /api/journal and /api/audit
                        .requestMatchers(HttpMethod.GET, "/audit", "/audit/**").hasRole(Role.AUDITOR.name())
                        // operations are the admin API's (/api/admin/**): admins alone, reads and writes
                        .requestMatchers(HttpMethod.GET, "/operations", "/operations/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/operations/**").hasRole(Role.ADMIN.name())
                        .anyRequest().denyAll())
                .build();
    }

    /** The sign-in page says why, in words: a wrong name or password, or a wait before the next try. */
    private static AuthenticationFailureHandler signInRefused() {
        return (request, response, e) -> {
            String reason = e instanceof TooManyAttempts ? "wait" : e instanceof SignInBusy ? "busy" : "wrong";
            response.sendRedirect(request.getContextPath() + "/sign-in?refused=" + reason);
        };
    }
}
