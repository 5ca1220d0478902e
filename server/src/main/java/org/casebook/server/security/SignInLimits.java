package org.casebook.server.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many wrong passwords may be tried before sign-ins wait, and how many passwords are checked at once
 * ({@code casebook.security.sign-in.*}); see {@link SignInThrottle}. A count is forgotten once it has had no failure
 * for {@code window}, so no wait lasts longer than that.
 */
@ConfigurationProperties(prefix = "casebook.security.sign-in")
public record SignInLimits(Integer failuresPerAccountAndAddress, Integer failuresPerAddress, Integer failuresPerAccount,
                           Duration firstWait, Duration longestWait, Duration window, Integer concurrentChecks,
                           Duration checkWait) {

    public SignInLimits {
        failuresPerAccountAndAddress = failuresPerAccountAndAddress == null ? 5 : failuresPerAccountAndAddress;
        failuresPerAddress = failuresPerAddress == null ? 20 : failuresPerAddress;
        failuresPerAccount = failuresPerAccount == null ? 20 : failuresPerAccount;
        firstWait = firstWait == null ? Duration.ofSeconds(30) : firstWait;
        longestWait = longestWait == null ? Duration.ofMinutes(15) : longestWait;
        window = window == null ? Duration.ofHours(1) : window;
        concurrentChecks = concurrentChecks == null ? 2 : concurrentChecks;
        checkWait = checkWait == null ? Duration.ofSeconds(1) : checkWait;
        if (failuresPerAccountAndAddress < 1 || failuresPerAddress < 1 || failuresPerAccount < 1
                || concurrentChecks < 1) {
            throw new IllegalStateException("casebook.security.sign-in: the failure limits and concurrent-checks "
                                                    + "must be at least 1");
        }
        if (firstWait.isNegative() || longestWait.compareTo(firstWait) < 0 || window.compareTo(longestWait) < 0) {
            throw new IllegalStateException("casebook.security.sign-in: first-wait may not be longer than "
                                                    + "longest-wait, nor longest-wait than window");
        }
    }

    /** The defaults. */
    public static SignInLimits defaults() {
        return new SignInLimits(null, null, null, null, null, null, null, null);
    }
}
