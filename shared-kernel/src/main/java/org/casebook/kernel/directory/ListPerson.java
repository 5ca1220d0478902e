package org.casebook.kernel.directory;

import org.casebook.kernel.crisis.Body;

/** List the person who signs in as {@code account}, by {@code displayName}, of {@code body} (null: of none). */
public record ListPerson(String account, String displayName, Body body) implements BodyDirectoryCommand {
}
