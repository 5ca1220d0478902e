package org.casebook.command;

import java.util.Objects;

/**
 * The authenticated user on whose authority a command is recorded, the role they act in, the body they belong
 * to (null for none), and whether their account is cleared for SBU (what they may have been shown).
 */
public record Actor(String user, String role, String body, boolean clearedForSbu) {

    /** Casebook itself, for the steps it takes on its own: closing out deployments, escalating handovers. */
    public static final Actor CASEBOOK = new Actor("casebook", "SYSTEM", null, false);

    public Actor {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
    }
}
