package org.casebook.kernel.directory;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.Body;

/**
 * A person is in the directory: the account they sign in with ({@code account}, such as {@code field-coordinator}),
 * their name as people read it ({@code displayName}, such as "J. Okafor") and the body they belong to ({@code body},
 * null for none).
 */
@EventType(name = "PersonListed", revision = "1")
public record PersonListed(String account, String displayName, Body body) implements PersonDirectoryEvent {
}
