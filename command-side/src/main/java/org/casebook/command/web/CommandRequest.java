package org.casebook.command.web;

import java.time.Instant;

import org.casebook.command.Actor;
import org.casebook.command.CommandContext;

/**
 * What a command request says besides its body: the authenticated actor, the version named by If-Match (null
 * for none) and the caller's correlation id (null for none). Resolved by {@link CommandRequestResolver}.
 */
public record CommandRequest(Actor actor, Long expectedVersion, String correlationId) {

    public CommandContext effectiveAt(Instant effectiveAt) {
        return new CommandContext(actor, effectiveAt, expectedVersion, correlationId);
    }
}
