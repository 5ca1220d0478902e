package org.casebook.command.web;

import java.time.Instant;

import org.casebook.command.Actor;
import org.casebook.command.CommandContext;
import org.casebook.kernel.refusal.InvalidInput;
import org.springframework.http.HttpHeaders;

/**
 * What a command request says besides its body: the authenticated actor, the version named by If-Match (null
 * for none, or for {@code *}: any version), whether If-Match was sent at all, and the caller's correlation id
 * (null for none). Resolved by {@link CommandRequestResolver}.
 */
public record CommandRequest(Actor actor, Long expectedVersion, boolean ifMatchGiven, String correlationId) {

    /**
     * The request of a write that creates a record: If-Match names a version of the record a write changes, so
     * here it has no meaning, and is refused rather than ignored.
     */
    public CommandRequest creating() {
        if (ifMatchGiven) {
            throw new InvalidInput(HttpHeaders.IF_MATCH, "this request creates a record, so there is no version "
                                   + "to match; send If-Match with writes that change a case, responder, "
                                   + "deployment or funding source");
        }
        return this;
    }

    public CommandContext effectiveAt(Instant effectiveAt) {
        return new CommandContext(actor, effectiveAt, expectedVersion, correlationId);
    }
}
