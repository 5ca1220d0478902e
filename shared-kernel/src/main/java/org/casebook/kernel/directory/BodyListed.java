package org.casebook.kernel.directory;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.Body;

/**
 * A body was listed in the directory: cases, decisions and handovers may name it ({@code body}, as they store
 * it) from now on. {@code displayName} is how people read it ("Country Reconstruction and Stabilization Group").
 */
@EventType(name = "BodyListed", revision = "1")
public record BodyListed(Body body, BodyKind kind, String displayName) implements BodyDirectoryEvent {
}
