package org.casebook.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Remembers credentials that passed the BCrypt check for a short while, so that HTTP Basic does not pay about
 * 100 ms of BCrypt on every request. Only a salted SHA-256 of a verified password is kept, in memory; any other
 * password for the user goes through the full check again, if {@link SignInThrottle} lets it: a user whose
 * password was verified shortly before keeps working while guesses at the account wait.
 */
public final class VerifiedCredentials implements AuthenticationProvider {

    private record Verified(byte[] digest, Authentication authentication, Instant until) {
    }

    private final AuthenticationProvider delegate;
    private final Duration remembered;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public VerifiedCredentials(AuthenticationProvider delegate, Duration remembered, Clock clock) {
        this.delegate = delegate;
        this.remembered = remembered;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String user = authentication.getName();
        byte[] digest = digest(user, String.valueOf(authentication.getCredentials()));
        Instant now = clock.instant();
        Verified known = verified.get(user);
        if (known != null && now.isBefore(known.until()) && MessageDigest.isEqual(known.digest(), digest)) {
            return known.authentication();
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            verified.put(user, new Verified(digest, result, now.plus(remembered)));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private byte[] digest(String user, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            sha256.update(user.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return sha256.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
