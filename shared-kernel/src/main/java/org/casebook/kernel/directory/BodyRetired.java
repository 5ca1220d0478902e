package org.casebook.kernel.directory;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.Body;

/**
 * A listed body was retired, for {@code reason}: no case, decision, handover or lead correction names it from now
 * on; entries already naming it keep it. It stays listed, as retired.
 */
@EventType(name = "BodyRetired", revision = "1")
public record BodyRetired(Body body, String reason) implements BodyDirectoryEvent {
}
