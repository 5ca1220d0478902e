package org.casebook.server.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused because as many passwords as may be are being checked, and its turn did not come soon. */
public final class SignInBusy extends AuthenticationException {

    public SignInBusy() {
        super("too many passwords are being checked at once");
    }
}
