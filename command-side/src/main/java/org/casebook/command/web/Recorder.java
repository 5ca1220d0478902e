package org.casebook.command.web;

import java.net.URI;
import java.util.function.Function;

import org.casebook.command.CommandDispatcher;
import org.casebook.command.Receipt;
import org.casebook.kernel.AddressedCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * How an endpoint records a command: as the request's actor, from the version its If-Match names, effective when
 * the body says (now if it says nothing); the answer is what was recorded, its new version as ETag. An endpoint only
 * maps the request to the command.
 */
@Component
public record Recorder(CommandDispatcher dispatcher) {

    /** 200 with the change recorded. */
    public ResponseEntity<Recorded> record(AddressedCommand command, CommandBody body, CommandRequest request) {
        return Recorded.ok(dispatch(command, body, request));
    }

    /** 200 with the change recorded, for a body that says nothing of when it takes effect: now. */
    public ResponseEntity<Recorded> record(AddressedCommand command, CommandRequest request) {
        return record(command, null, request);
    }

    /** 201 with the record created, at the location named from what was recorded. */
    public ResponseEntity<Recorded> create(AddressedCommand command, CommandBody body, CommandRequest request,
                                           Function<Recorded, String> location) {
        Recorded recorded = Recorded.of(dispatch(command, body, request));
        return ResponseEntity.created(URI.create(location.apply(recorded))).eTag(recorded.eTag()).body(recorded);
    }

    private Receipt dispatch(AddressedCommand command, CommandBody body, CommandRequest request) {
        return dispatcher.dispatch(command, request.effectiveAt(body == null ? null : body.effectiveAt()));
    }
}
