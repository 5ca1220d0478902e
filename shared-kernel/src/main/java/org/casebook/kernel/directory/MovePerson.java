package org.casebook.kernel.directory;

import org.casebook.kernel.crisis.Body;

/** A listed person belongs to {@code body} from now on (null: to none), as their account says. */
public record MovePerson(String account, Body body) implements BodyDirectoryCommand {
}
