package org.casebook.command.web;

import org.springframework.security.core.Authentication;

/**
 * The body an authenticated user belongs to (CRSG, an embassy, an agency), from the accounts' configuration: it
 * travels as the authority {@code BODY:<body>}. Users without one act for no body.
 */
public final class Affiliation {

    public static final String AUTHORITY_PREFIX = "BODY:";

    private Affiliation() {
    }

    /** The user's body, or null. */
    public static String of(Authentication authentication) {
        return authentication.getAuthorities().stream()
                             .map(authority -> authority.getAuthority())
                             .filter(authority -> authority.startsWith(AUTHORITY_PREFIX))
                             .map(authority -> authority.substring(AUTHORITY_PREFIX.length()))
                             .findFirst()
                             .orElse(null);
    }
}
