package org.casebook.command.responder;

import static org.casebook.command.web.PathIds.responderId;

import jakarta.validation.Valid;
import org.casebook.command.web.CommandRequest;
import org.casebook.command.web.Recorded;
import org.casebook.command.web.Recorder;
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
public record ResponderCommandsEndpoint(Recorder recorder) {

    @PostMapping
    public ResponseEntity<Recorded> register(@Valid @RequestBody ResponderRequests.RegisterRequest body,
                                             CommandRequest request) {
        ResponderId id = ResponderId.generate();
        return recorder.create(body.toCommand(id), body, request.creating(), recorded -> "/api/responders/" + id);
    }

    @PostMapping("/{id}/skills")
    public ResponseEntity<Recorded> changeSkills(@PathVariable String id,
                                                 @Valid @RequestBody ResponderRequests.SkillsRequest body,
                                                 CommandRequest request) {
        return recorder.record(body.toCommand(responderId(id)), body, request);
    }

    @PostMapping("/{id}/availability")
    public ResponseEntity<Recorded> changeAvailability(@PathVariable String id,
                                                       @Valid @RequestBody ResponderRequests.AvailabilityRequest body,
                                                       CommandRequest request) {
        return recorder.record(body.toCommand(responderId(id)), body, request);
    }

    @PostMapping("/{id}/retire")
    public ResponseEntity<Recorded> retire(@PathVariable String id,
                                           @Valid @RequestBody ResponderRequests.RetireRequest body,
                                           CommandRequest request) {
        return recorder.record(body.toCommand(responderId(id)), body, request);
    }
}
