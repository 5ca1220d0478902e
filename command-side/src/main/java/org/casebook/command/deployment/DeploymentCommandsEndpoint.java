package org.casebook.command.deployment;

import static org.casebook.command.web.PathIds.caseId;
import static org.casebook.command.web.PathIds.deploymentId;

import jakarta.validation.Valid;
import org.casebook.command.web.CommandRequest;
import org.casebook.command.web.Recorded;
import org.casebook.command.web.Recorder;
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
public record DeploymentCommandsEndpoint(Recorder recorder) {

    @PostMapping
    public ResponseEntity<Recorded> request(@PathVariable String caseId,
                                            @Valid @RequestBody DeploymentRequests.RequestRequest body,
                                            CommandRequest request) {
        DeploymentId id = DeploymentId.generate();
        return recorder.create(body.toCommand(id, caseId(caseId)), body, request,
                               recorded -> "/api/crises/" + caseId + "/deployments/" + id);
    }

    @PostMapping("/{id}/approve")
    public ResponseEntity<Recorded> approve(@PathVariable String caseId, @PathVariable String id,
                                            @Valid @RequestBody DeploymentRequests.ApproveRequest body,
                                            CommandRequest request) {
        return recorder.record(body.toCommand(deploymentId(id), caseId(caseId)), body, request);
    }

    @PostMapping("/{id}/decline")
    public ResponseEntity<Recorded> decline(@PathVariable String caseId, @PathVariable String id,
                                            @Valid @RequestBody DeploymentRequests.AnswerRequest body,
                                            CommandRequest request) {
        return recorder.record(body.toDecline(deploymentId(id), caseId(caseId)), body, request);
    }

    @PostMapping("/{id}/withdraw")
    public ResponseEntity<Recorded> withdraw(@PathVariable String caseId, @PathVariable String id,
                                             @Valid @RequestBody DeploymentRequests.AnswerRequest body,
                                             CommandRequest request) {
        return recorder.record(body.toWithdraw(deploymentId(id), caseId(caseId)), body, request);
    }

    @PostMapping("/{id}/cancel")
    public ResponseEntity<Recorded> cancel(@PathVariable String caseId, @PathVariable String id,
                                           @Valid @RequestBody DeploymentRequests.AnswerRequest body,
                                           CommandRequest request) {
        return recorder.record(body.toCancel(deploymentId(id), caseId(caseId)), body, request);
    }

    @PostMapping("/{id}/reschedule")
    public ResponseEntity<Recorded> reschedule(@PathVariable String caseId, @PathVariable String id,
                                               @Valid @RequestBody DeploymentRequests.RescheduleRequest body,
                                               CommandRequest request) {
        return recorder.record(body.toCommand(deploymentId(id), caseId(caseId)), body, request);
    }

    @PostMapping("/{id}/start")
    public ResponseEntity<Recorded> start(@PathVariable String caseId, @PathVariable String id,
                                          @Valid @RequestBody DeploymentRequests.StartRequest body,
                                          CommandRequest request) {
        return recorder.record(body.toCommand(deploymentId(id), caseId(caseId)), body, request);
    }

    @PostMapping("/{id}/extend")
    public ResponseEntity<Recorded> extend(@PathVariable String caseId, @PathVariable String id,
                                           @Valid @RequestBody DeploymentRequests.ExtendRequest body,
                                           CommandRequest request) {
        return recorder.record(body.toCommand(deploymentId(id), caseId(caseId)), body, request);
    }

    @PostMapping("/{id}/end")
    public ResponseEntity<Recorded> end(@PathVariable String caseId, @PathVariable String id,
                                        @Valid @RequestBody DeploymentRequests.EndRequest body,
                                        CommandRequest request) {
        return recorder.record(body.toCommand(deploymentId(id), caseId(caseId)), body, request);
    }
}
