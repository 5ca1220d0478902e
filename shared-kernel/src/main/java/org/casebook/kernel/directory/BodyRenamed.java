package org.casebook.kernel.directory;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.Body;

/**
 * A listed body's kind and display name from now on. Its {@code body} name, as cases store it, stays: entries
 * already naming it keep naming it.
 */
@EventType(name = "BodyRenamed", revision = "1")
public record BodyRenamed(Body body, BodyKind kind, String displayName) implements BodyDirectoryEvent {
}
