package org.casebook.kernel.deployment;

import org.casebook.kernel.SingleValue;

/** What a responder does on a deployment, such as team lead or sector adviser. */
public record DeploymentRole(String value) implements SingleValue {

    public static final int MAX_LENGTH = 100;

    public DeploymentRole {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a deployment role is 1 to " + MAX_LENGTH + " characters, not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
