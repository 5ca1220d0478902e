package org.casebook.command;

import java.time.Instant;

/**
 * What the edge knows about a command besides its payload. {@code effectiveAt} null means now;
 * {@code expectedVersion} null means "apply to the latest version"; {@code correlationId} null means the
 * command starts its own correlation.
 */
public record CommandContext(Actor actor, Instant effectiveAt, Long expectedVersion, String correlationId) {
}
