package org.casebook.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.casebook.journal.testing.TestClock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            checks.incrementAndGet();
            if (!"right".equals(authentication.getCredentials())) {
                throw new BadCredentialsException("bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(
                    authentication.getName(), null, AuthorityUtils.createAuthorityList("ROLE_AUDITOR"));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };

    @Test
    void a_verified_password_is_not_checked_again_while_remembered() {
        VerifiedCredentials credentials = new VerifiedCredentials(passwords, Duration.ofMinutes(5), clockAt(0));

        credentials.authenticate(login("right"));
        Authentication again = credentials.authenticate(login("right"));

        assertThat(checks).hasValue(1);
        assertThat(again.getName()).isEqualTo("auditor");
        assertThat(again.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_AUDITOR");
    }

    @Test
    void another_password_for_a_remembered_user_is_checked_and_refused() {
        VerifiedCredentials credentials = new VerifiedCredentials(passwords, Duration.ofMinutes(5), clockAt(0));
        credentials.authenticate(login("right"));

        assertThatThrownBy(() -> credentials.authenticate(login("wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(2);
    }

    @Test
    void a_remembered_password_is_checked_again_once_the_time_is_up() {
        TestClock clock = clockAt(0);
        VerifiedCredentials credentials = new VerifiedCredentials(passwords, Duration.ofMinutes(5), clock);
        credentials.authenticate(login("right"));

        clock.advance(Duration.ofMinutes(6));
        credentials.authenticate(login("right"));

        assertThat(checks).hasValue(2);
    }

    private static Authentication login(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("auditor", password);
    }

    private static TestClock clockAt(long second) {
        return new TestClock(Instant.ofEpochSecond(second));
    }
}
