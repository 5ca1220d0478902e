package org.casebook.kernel.directory;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.Body;

/** A listed person belongs to {@code body} from now on (null: to none), as their account says. */
@EventType(name = "PersonMoved", revision = "1")
public record PersonMoved(String account, Body body) implements PersonDirectoryEvent {
}
