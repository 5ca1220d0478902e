package org.casebook.command.directory;

import org.casebook.kernel.crisis.Body;

/** Which accounts belong to which body, in which role: the accounts are the launcher's. */
public interface BodyMembers {

    /** Whether {@code user} is an account of {@code body} with the COORDINATOR role. */
    boolean isCoordinatorOf(String user, Body body);
}
