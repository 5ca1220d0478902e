package org.casebook.kernel;

import java.util.Collection;

/**
 * The body an account belongs to (CRSG, an embassy, an agency), from the accounts' configuration: it travels as the
 * authority {@code BODY:<body>}, read here by the command side (who acts for which body) and the query side (whose
 * inbox) alike. Accounts without one act for no body.
 */
public final class Membership {

    /** The prefix of the authority that names an account's body. */
    public static final String AUTHORITY_PREFIX = "BODY:";

    private Membership() {
    }

    /** The body named by these authorities, or null. */
    public static String bodyOf(Collection<String> authorities) {
        return authorities.stream().filter(authority -> authority.startsWith(AUTHORITY_PREFIX))
                          .map(authority -> authority.substring(AUTHORITY_PREFIX.length())).findFirst().orElse(null);
    }
}
