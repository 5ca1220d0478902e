package org.casebook.kernel.directory;

import org.casebook.kernel.EventType;

/** A listed person's name as people read it, from now on. */
@EventType(name = "PersonRenamed", revision = "1")
public record PersonRenamed(String account, String displayName) implements PersonDirectoryEvent {
}
