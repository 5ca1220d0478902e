package org.casebook.command;

import java.util.Objects;

/** The authenticated user on whose authority a command is recorded, and the role they act in. */
public record Actor(String user, String role) {

    public Actor {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
    }
}
