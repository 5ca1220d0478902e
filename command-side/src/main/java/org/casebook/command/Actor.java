package org.casebook.command;

import java.util.Objects;

/**
 * The authenticated user on whose authority a command is recorded, the role they act in, and the body they belong
 * to (null for none).
 */
public record Actor(String user, String role, String body) {

    /** Casebook itself, for the steps it takes on its own: closing out deployments, escalating handovers. */
    public static final Actor CASEBOOK = new Actor("casebook", "SYSTEM", null);

    public Actor {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
    }
}
