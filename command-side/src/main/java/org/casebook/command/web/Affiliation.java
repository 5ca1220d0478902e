package org.casebook.command.web;

import org.casebook.kernel.Membership;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * The body an authenticated user belongs to (CRSG, an embassy, an agency), from the accounts' configuration: it
 * travels as the authority {@code BODY:<body>} ({@link Membership}). Users without one act for no body.
 */
public final class Affiliation {

    public static final String AUTHORITY_PREFIX = Membership.AUTHORITY_PREFIX;

    private Affiliation() {
    }

    /** The user's body, or null. */
    public static String of(Authentication authentication) {
        return Membership.bodyOf(AuthorityUtils.authorityListToSet(authentication.getAuthorities()));
    }
}
