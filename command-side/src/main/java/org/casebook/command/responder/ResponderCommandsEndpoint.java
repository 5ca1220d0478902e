package org.casebook.command.responder;

import static org.casebook.command.web.PathIds.responderId;

import java.net.URI;

import jakarta.validation.Valid;
import org.casebook.command.CommandDispatcher;
import org.casebook.command.web.CommandRequest;
import org.casebook.command.web.Recorded;
import org.casebook.kernel.responder.ResponderId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where coordinators keep the roster of responders: register, change skills and availability, retire. */
@RestController
@RequestMapping(path = "/api/responders", consumes = MediaType.APPLICATION_JSON_VALUE,
                produces = MediaType.APPLICATION_JSON_VALUE)
public class ResponderCommandsEndpoint {

    private final CommandDispatcher dispatcher;

    public ResponderCommandsEndpoint(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping
    public ResponseEntity<Recorded> register(@Valid @RequestBody ResponderRequests.RegisterRequest body,
                                             CommandRequest request) {
        ResponderId id = ResponderId.generate();
        Recorded recorded = Recorded.of(
                dispatcher.dispatch(body.toCommand(id), request.creating().effectiveAt(body.effectiveAt())));
        return ResponseEntity.created(URI.create("/api/responders/" + id)).eTag(recorded.eTag()).body(recorded);
    }

    @PostMapping("/{id}/skills")
    public ResponseEntity<Recorded> changeSkills(@PathVariable String id,
                                                 @Valid @RequestBody ResponderRequests.SkillsRequest body,
                                                 CommandRequest request) {
        return Recorded.ok(dispatcher.dispatch(body.toCommand(responderId(id)),
                                               request.effectiveAt(body.effectiveAt())));
    }

    @PostMapping("/{id}/availability")
    public ResponseEntity<Recorded> changeAvailability(@PathVariable String id,
                                                       @Valid @RequestBody ResponderRequests.AvailabilityRequest body,
                                                       CommandRequest request) {
        return Recorded.ok(dispatcher.dispatch(body.toCommand(responderId(id)),
                                               request.effectiveAt(body.effectiveAt())));
    }

    @PostMapping("/{id}/retire")
    public ResponseEntity<Recorded> retire(@PathVariable String id,
                                           @Valid @RequestBody ResponderRequests.RetireRequest body,
                                           CommandRequest request) {
        return Recorded.ok(dispatcher.dispatch(body.toCommand(responderId(id)),
                                               request.effectiveAt(body.effectiveAt())));
    }
}
