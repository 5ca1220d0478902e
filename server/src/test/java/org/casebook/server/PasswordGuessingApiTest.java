package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.casebook.server.security.SignInThrottle;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.casebook.server.testing.MovableClock;
import org.casebook.server.testing.RawHttp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Guessing passwords gets nowhere fast. After 5 wrong passwords for an account from one address, that address
 * waits (429 with Retry-After) before it may try the account again, 30 s and then twice as long after each further
 * failure, up to 15 minutes; an address that fails 20 times, whatever the accounts, waits for all of them. A
 * waiting attempt is refused without checking its password (no BCrypt). The account's user still signs in from
 * other addresses, other users from the same one, and an address may try again once it has had no failure for an
 * hour. Each test comes from addresses of its own (127.0.0.x) and starts with the clock past every earlier failure.
 */
class PasswordGuessingApiTest {

    private static final MovableClock CLOCK = new MovableClock();
    private static final String RIGHT = CasebookInstance.PASSWORD;

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start(Map.of(
            "casebook.security.sign-in.failures-per-account-and-address", "5",
            "casebook.security.sign-in.failures-per-address", "20",
            "casebook.security.sign-in.failures-per-account", "20",
            "casebook.security.sign-in.first-wait", "30s",
            "casebook.security.sign-in.longest-wait", "15m",
            "casebook.security.sign-in.window", "1h"), CLOCK);
    private static final SignInThrottle throttle = casebook.bean(SignInThrottle.class);

    @BeforeEach
    void forgetEarlierFailures() {
        CLOCK.advance(Duration.ofHours(2));
    }

    @Test
    void past_five_wrong_passwords_an_address_waits_with_429_and_its_guesses_are_not_checked() {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("127.0.0.11", "coordinator", "guess-" + i).status()).isEqualTo(401);
        }
        long checked = throttle.passwordsChecked();

        for (int i = 5; i < 50; i++) {
            Api.Response refused = signIn("127.0.0.11", "coordinator", "guess-" + i);

            assertTooManyAttempts(refused);
            assertThat(refused.header("Retry-After")).isEqualTo("30");
        }
        assertTooManyAttempts(signIn("127.0.0.11", "coordinator", RIGHT)); // it cannot tell the right one
        assertThat(throttle.passwordsChecked()).isEqualTo(checked);
    }

    @Test
    void meanwhile_the_user_signs_in_from_another_address_and_others_from_this_one() {
        failFiveTimes("127.0.0.21", "coordinator");

        assertThat(signIn("127.0.0.22", "coordinator", RIGHT).status()).isEqualTo(200);
        assertThat(signIn("127.0.0.21", "auditor", RIGHT).status()).isEqualTo(200);
        assertTooManyAttempts(signIn("127.0.0.21", "coordinator", "another-guess"));
    }

    @Test
    void the_wait_doubles_with_each_failure_after_it_up_to_fifteen_minutes() {
        failFiveTimes("127.0.0.31", "coordinator");
        List<String> waits = new ArrayList<>();

        for (int i = 0; i < 7; i++) {
            Api.Response refused = signIn("127.0.0.31", "coordinator", "guess-" + i);
            assertTooManyAttempts(refused);
            waits.add(refused.header("Retry-After"));
            CLOCK.advance(Duration.ofSeconds(Long.parseLong(refused.header("Retry-After"))));
            assertThat(signIn("127.0.0.31", "coordinator", "after-the-wait-" + i).status()).isEqualTo(401);
        }

        assertThat(waits).containsExactly("30", "60", "120", "240", "480", "900", "900");
    }

    @Test
    void an_hour_without_failures_and_the_address_may_try_again() {
        failFiveTimes("127.0.0.41", "coordinator");
        assertTooManyAttempts(signIn("127.0.0.41", "coordinator", "guess"));

        CLOCK.advance(Duration.ofHours(1));

        assertThat(signIn("127.0.0.41", "coordinator", "guess").status()).isEqualTo(401);
        assertThat(signIn("127.0.0.41", "coordinator", RIGHT).status()).isEqualTo(200);
    }

    @Test
    void an_address_that_fails_twenty_times_over_any_accounts_waits_for_every_account() {
        for (int i = 0; i < 20; i++) {
            assertThat(signIn("127.0.0.51", "nobody-" + i, "guess").status()).isEqualTo(401);
        }

        assertTooManyAttempts(signIn("127.0.0.51", "auditor", RIGHT));
        assertThat(signIn("127.0.0.52", "auditor", RIGHT).status()).isEqualTo(200);
    }

    @Test
    void an_account_guessed_from_many_addresses_gives_each_new_one_a_single_failure_and_its_user_still_signs_in() {
        for (int address = 1; address <= 4; address++) {
            failFiveTimes("127.0.0.6" + address, "reporter"); // 20 failures: the account is under attack
        }

        assertThat(signIn("127.0.0.65", "reporter", "guess").status()).isEqualTo(401);
        assertTooManyAttempts(signIn("127.0.0.65", "reporter", "second-guess"));
        assertThat(signIn("127.0.0.66", "reporter", RIGHT).status()).isEqualTo(200);
    }

    @Test
    void a_password_verified_shortly_before_still_signs_in_while_its_address_waits() {
        assertThat(signIn("127.0.0.71", "admin", RIGHT).status()).isEqualTo(200);
        failFiveTimes("127.0.0.71", "admin");

        assertTooManyAttempts(signIn("127.0.0.71", "admin", "guess"));
        assertThat(signIn("127.0.0.71", "admin", RIGHT).status()).isEqualTo(200);
    }

    private static void failFiveTimes(String from, String user) {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(from, user, "wrong-" + i).status()).isEqualTo(401);
        }
    }

    /** A request signed in as {@code user}, from the loopback address {@code from}. */
    private static Api.Response signIn(String from, String user, String password) {
        try (RawHttp http = RawHttp.connect(casebook.baseUrl(), from)) {
            return http.head("GET", "/api/journal/head", Map.of("Authorization", RawHttp.basic(user, password),
                                                                 "Connection", "close"))
                       .read(Duration.ofSeconds(10));
        }
    }

    private static void assertTooManyAttempts(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(429);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/too-many-attempts");
        assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
    }
}
