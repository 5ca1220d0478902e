package org.casebook.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.casebook.journal.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class SignInThrottleTest {

    @Test
    void no_more_passwords_are_checked_at_once_than_allowed_and_one_whose_turn_does_not_come_is_refused_busy()
            throws Exception {
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AuthenticationProvider slowPasswords = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    finish.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null,
                                                                         AuthorityUtils.NO_AUTHORITIES);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
        SignInThrottle throttle = new SignInThrottle(
                new SignInLimits(5, 20, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1), 2,
                                 Duration.ofMillis(200)),
                new TestClock(Instant.EPOCH));
        AuthenticationProvider passwords = throttle.guarding(slowPasswords);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Future<Authentication> first = clients.submit(() -> passwords.authenticate(login("first")));
            Future<Authentication> second = clients.submit(() -> passwords.authenticate(login("second")));
            while (running.get() < 2) {
                Thread.sleep(10);
            }

            assertThatThrownBy(() -> passwords.authenticate(login("third"))).isInstanceOf(SignInBusy.class);

            finish.countDown();
            assertThat(first.get().isAuthenticated()).isTrue();
            assertThat(second.get().isAuthenticated()).isTrue();
            assertThat(mostAtOnce).hasValue(2);
            assertThat(throttle.passwordsChecked()).isEqualTo(2);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void an_ipv6_client_counts_as_its_64_network_and_an_ipv4_client_as_its_address() {
        assertThat(SignInThrottle.network("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(SignInThrottle.network("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(SignInThrottle.network("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3:0:0:0:0/64");
        assertThat(SignInThrottle.network("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    private static Authentication login(String user) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(user, "pw");
        attempt.setDetails(new WebAuthenticationDetails("192.0.2.7", null));
        return attempt;
    }
}
