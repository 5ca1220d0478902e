package org.casebook.server.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Who may have a password checked now, and how many are checked at once: guessing passwords is slow, and cannot
 * starve the users who know theirs. Wrong passwords are counted per account and address, per address, and per
 * account ({@link SignInLimits}). Past {@code failures-per-account-and-address} (5) for an account from one
 * address, or {@code failures-per-address} (20) from one address whatever the accounts, that address waits:
 * {@code first-wait} (30 s) after the failure that reached the limit, twice as long after each further one, up to
 * {@code longest-wait} (15 min). An attempt that has to wait is refused ({@link TooManyAttempts}, 429) without
 * its password being checked, so it costs no BCrypt.
 * <p>
 * The count per account alone never makes an account wait everywhere: anybody who can reach Casebook could then
 * lock its user out with a few wrong passwords from a few addresses. While an account has
 * {@code failures-per-account} (20) failures from all addresses together, each address gets one failure for it
 * instead of five before it waits: guessing from many addresses is slowed to one guess per address and wait, and
 * the user, from an address that has not failed, still signs in. A password verified shortly before does not come
 * here at all ({@link VerifiedCredentials}), so a signed-in user keeps working even from an address that waits.
 * <p>
 * The address is the connecting socket's ({@code server.forward-headers-strategy: none}: X-Forwarded-For is not
 * read), an IPv6 one counted by its /64 network, which a client usually has whole. The counts are this process's,
 * in memory, and few: only checked passwords are counted, and at most {@code concurrent-checks} (2) are checked at
 * a time; an attempt whose turn does not come within {@code check-wait} (1 s) is refused ({@link SignInBusy}, 503).
 * A count is forgotten once it has had no failure for {@code window} (1 h).
 */
public final class SignInThrottle {

    /** A map of counts is swept of forgotten ones when it grows past this. */
    private static final int SWEEP_ABOVE = 10_000;

    private record Pair(String account, String address) {
    }

    /** A key's failures since it was last forgotten, and when the last one was. */
    private record Failures(int count, Instant last) {
    }

    private final SignInLimits limits;
    private final Clock clock;
    private final Semaphore checking;
    private final AtomicLong checked = new AtomicLong();
    private final Map<Pair, Failures> pairs = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();

    public SignInThrottle(SignInLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.checking = new Semaphore(limits.concurrentChecks(), true);
    }

    /** The password check (BCrypt) behind this throttle. */
    public AuthenticationProvider guarding(AuthenticationProvider passwords) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                return check(attempt, passwords);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return passwords.supports(authentication);
            }
        };
    }

    /** How many passwords went through the check since the start. */
    public long passwordsChecked() {
        return checked.get();
    }

    private Authentication check(Authentication attempt, AuthenticationProvider passwords) {
        // the user store matches names regardless of case: COORDINATOR and coordinator are one account to count
        String account = attempt.getName().toLowerCase(Locale.ROOT);
        String address = addressOf(attempt);
        refuseWhileWaiting(account, address);
        takeTurn();
        try {
            refuseWhileWaiting(account, address); // others may have failed while this one waited for its turn
            checked.incrementAndGet();
            Authentication result;
            try {
                result = passwords.authenticate(attempt);
            } catch (BadCredentialsException wrong) {
                failed(account, address);
                throw wrong;
            }
            if (result != null && result.isAuthenticated()) {
                pairs.remove(new Pair(account, address));
            }
            return result;
        } finally {
            checking.release();
        }
    }

    private void takeTurn() {
        try {
            if (!checking.tryAcquire(limits.checkWait().toNanos(), TimeUnit.NANOSECONDS)) {
                throw new SignInBusy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInBusy();
        }
    }

    private void refuseWhileWaiting(String account, String address) {
        Instant now = clock.instant();
        boolean accountUnderAttack = current(accounts.get(account), now) >= limits.failuresPerAccount();
        int pairLimit = accountUnderAttack ? 1 : limits.failuresPerAccountAndAddress();
        Instant pairWaits = waitsUntil(pairs.get(new Pair(account, address)), pairLimit, now);
        Instant addressWaits = waitsUntil(addresses.get(address), limits.failuresPerAddress(), now);
        Instant until = pairWaits.isAfter(addressWaits) ? pairWaits : addressWaits;
        if (now.isBefore(until)) {
            throw new TooManyAttempts(Duration.between(now, until));
        }
    }

    /** Until when a key with these failures waits ({@link Instant#MIN}: it does not). */
    private Instant waitsUntil(Failures failures, int limit, Instant now) {
        int count = current(failures, now);
        return count < limit ? Instant.MIN : failures.last().plus(waitAfter(count - limit));
    }

    /** {@code first-wait}, doubled {@code beyond} times, at most {@code longest-wait}. */
    private Duration waitAfter(int beyond) {
        Duration wait = limits.firstWait();
        for (int i = 0; i < beyond && wait.compareTo(limits.longestWait()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(limits.longestWait()) > 0 ? limits.longestWait() : wait;
    }

    /** The count of failures, or 0 once the last is {@code window} old. */
    private int current(Failures failures, Instant now) {
        return failures == null || !now.isBefore(failures.last().plus(limits.window())) ? 0 : failures.count();
    }

    private void failed(String account, String address) {
        Instant now = clock.instant();
        count(pairs, new Pair(account, address), now);
        count(addresses, address, now);
        count(accounts, account, now);
    }

    private <K> void count(Map<K, Failures> failures, K key, Instant now) {
        failures.compute(key, (k, earlier) -> new Failures(current(earlier, now) + 1, now));
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(earlier -> current(earlier, now) == 0);
        }
    }

    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? network(details.getRemoteAddress()) : "unknown";
    }

    /** An IPv4 address as it is; an IPv6 address as its /64 network. */
    static String network(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no lookup
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress(); // IPv4 written as IPv6
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
