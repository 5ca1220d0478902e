package org.casebook.command.deployment;

import static org.casebook.command.web.PathIds.caseId;
import static org.casebook.command.web.PathIds.deploymentId;

import java.net.URI;

import jakarta.validation.Valid;
import org.casebook.command.CommandDispatcher;
import org.casebook.command.web.CommandRequest;
import org.casebook.command.web.Recorded;
import org.casebook.kernel.deployment.DeploymentId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where coordinators request responders for a case and take each deployment through its lifecycle. */
@RestController
@RequestMapping(path = "/api/crises/{caseId}/deployments", consumes = MediaType.APPLICATION_JSON_VALUE,
                produces = MediaType.APPLICATION_JSON_VALUE)
public class DeploymentCommandsEndpoint {

    private final CommandDispatcher dispatcher;

    public DeploymentCommandsEndpoint(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping
    public ResponseEntity<Recorded> request(@PathVariable String caseId,
                                            @Valid @RequestBody DeploymentRequests.RequestRequest body,
                                            CommandRequest request) {
        DeploymentId id = DeploymentId.generate();
        Recorded recorded = Recorded.of(dispatcher.dispatch(body.toCommand(id, caseId(caseId)),
                                                            request.effectiveAt(body.effectiveAt())));
        return ResponseEntity.created(URI.create("/api/crises/" + caseId + "/deployments/" + id))
                             .eTag(recorded.eTag()).body(recorded);
    }

    @PostMapping("/{id}/approve")
    public ResponseEntity<Recorded> approve(@PathVariable String caseId, @PathVariable String id,
                                            @Valid @RequestBody DeploymentRequests.ApproveRequest body,
                                            CommandRequest request) {
        return Recorded.ok(dispatcher.dispatch(body.toCommand(deploymentId(id), caseId(caseId)),
                                               request.effectiveAt(body.effectiveAt())));
    }

    @PostMapping("/{id}/decline")
    public ResponseEntity<Recorded> decline(@PathVariable String caseId, @PathVariable String id,
                                            @Valid @RequestBody DeploymentRequests.AnswerRequest body,
                                            CommandRequest request) {
        return Recorded.ok(dispatcher.dispatch(body.toDecline(deploymentId(id), caseId(caseId)),
                                               request.effectiveAt(body.effectiveAt())));
    }

    @PostMapping("/{id}/withdraw")
    public ResponseEntity<Recorded> withdraw(@PathVariable String caseId, @PathVariable String id,
                                             @Valid @RequestBody DeploymentRequests.AnswerRequest body,
                                             CommandRequest request) {
        return Recorded.ok(dispatcher.dispatch(body.toWithdraw(deploymentId(id), caseId(caseId)),
                                               request.effectiveAt(body.effectiveAt())));
    }

    @PostMapping("/{id}/cancel")
    public ResponseEntity<Recorded> cancel(@PathVariable String caseId, @PathVariable String id,
                                           @Valid @RequestBody DeploymentRequests.AnswerRequest body,
                                           CommandRequest request) {
        return Recorded.ok(dispatcher.dispatch(body.toCancel(deploymentId(id), caseId(caseId)),
                                               request.effectiveAt(body.effectiveAt())));
    }

    @PostMapping("/{id}/reschedule")
    public ResponseEntity<Recorded> reschedule(@PathVariable String caseId, @PathVariable String id,
                                               @Valid @RequestBody DeploymentRequests.RescheduleRequest body,
                                               CommandRequest request) {
        return Recorded.ok(dispatcher.dispatch(body.toCommand(deploymentId(id), caseId(caseId)),
                                               request.effectiveAt(body.effectiveAt())));
    }

    @PostMapping("/{id}/start")
    public ResponseEntity<Recorded> start(@PathVariable String caseId, @PathVariable String id,
                                          @Valid @RequestBody DeploymentRequests.StartRequest body,
                                          CommandRequest request) {
        return Recorded.ok(dispatcher.dispatch(body.toCommand(deploymentId(id), caseId(caseId)),
                                               request.effectiveAt(body.effectiveAt())));
    }

    @PostMapping("/{id}/extend")
    public ResponseEntity<Recorded> extend(@PathVariable String caseId, @PathVariable String id,
                                           @Valid @RequestBody DeploymentRequests.ExtendRequest body,
                                           CommandRequest request) {
        return Recorded.ok(dispatcher.dispatch(body.toCommand(deploymentId(id), caseId(caseId)),
                                               request.effectiveAt(body.effectiveAt())));
    }

    @PostMapping("/{id}/end")
    public ResponseEntity<Recorded> end(@PathVariable String caseId, @PathVariable String id,
                                        @Valid @RequestBody DeploymentRequests.EndRequest body,
                                        CommandRequest request) {
        return Recorded.ok(dispatcher.dispatch(body.toCommand(deploymentId(id), caseId(caseId)),
                                               request.effectiveAt(body.effectiveAt())));
    }
}
