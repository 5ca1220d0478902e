package org.casebook.server.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking its password: its account and address, or its address, failed too often. */
public final class TooManyAttempts extends AuthenticationException {

    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super("too many failed sign-ins lately");
        this.retryAfter = retryAfter;
    }

    /** How long until this account and address may try again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
