package org.casebook.server.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many wrong passwords may be tried before sign-ins wait, and how many passwords are checked at once
 * ({@code casebook.security.sign-in.*}); see {@link SignInThrottle}. A count is forgotten once it has had no failure
 * for {@code window}, so no wait lasts longer than that.
 */
@ConfigurationProperties(prefix = "casebook.security.sign-in")
public record SignInLimits(int failuresPerAccountAndAddress, int failuresPerAddress, int failuresPerAccount,
                           Duration firstWait, Duration longestWait, Duration window, int concurrentChecks,
                           Duration checkWait) {

    public SignInLimits {
        if (firstWait == null || longestWait == null || window == null || checkWait == null) {
            throw new IllegalStateException("casebook.security.sign-in: first-wait, longest-wait, window and "
                                                    + "check-wait must be set");
        }
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
}
