package org.casebook.command.crisis;

import static org.casebook.kernel.refusal.PathIds.caseId;

import jakarta.validation.Valid;
import org.casebook.command.web.CommandRequest;
import org.casebook.command.web.Recorded;
import org.casebook.command.web.Recorder;
import org.casebook.kernel.crisis.CaseId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where coordinators record decisions about a case. Each request maps to one command; the answer carries the
 * case's new version (also as ETag) and the journal position for read-your-writes.
 */
@RestController
@RequestMapping(path = "/api/crises", consumes = MediaType.APPLICATION_JSON_VALUE,
                produces = MediaType.APPLICATION_JSON_VALUE)
public record CrisisCommandsEndpoint(Recorder recorder) {

    @PostMapping
    public ResponseEntity<Recorded> open(@Valid @RequestBody CrisisRequests.OpenCrisisRequest body,
                                         CommandRequest request) {
        CaseId id = CaseId.generate();
        return recorder.create(body.toCommand(id), body, request.creating(), recorded -> "/api/crises/" + id);
    }

    @PostMapping("/{id}/assessments")
    public ResponseEntity<Recorded> recordAssessment(@PathVariable String id,
                                                     @Valid @RequestBody CrisisRequests.RecordAssessmentRequest body,
                                                     CommandRequest request) {
        return recorder.record(body.toCommand(caseId(id)), body, request);
    }

    @PostMapping("/{id}/decisions")
    public ResponseEntity<Recorded> recordDecision(@PathVariable String id,
                                                   @Valid @RequestBody CrisisRequests.RecordDecisionRequest body,
                                                   CommandRequest request) {
        return recorder.record(body.toCommand(caseId(id)), body, request);
    }

    @PostMapping("/{id}/stage")
    public ResponseEntity<Recorded> moveToStage(@PathVariable String id,
                                                @Valid @RequestBody CrisisRequests.MoveToStageRequest body,
                                                CommandRequest request) {
        return recorder.record(body.toCommand(caseId(id)), body, request);
    }

    @PostMapping("/{id}/reopen")
    public ResponseEntity<Recorded> reopen(@PathVariable String id,
                                           @Valid @RequestBody CrisisRequests.ReopenRequest body,
                                           CommandRequest request) {
        return recorder.record(body.toCommand(caseId(id)), body, request);
    }

    @PostMapping("/{id}/corrections")
    public ResponseEntity<Recorded> correct(@PathVariable String id,
                                            @Valid @RequestBody CrisisRequests.CorrectEntryRequest body,
                                            CommandRequest request) {
        return recorder.record(body.toCommand(caseId(id)), body, request);
    }

    @PostMapping("/{id}/lead-correction")
    public ResponseEntity<Recorded> correctLeadBody(@PathVariable String id,
                                                    @Valid @RequestBody CrisisRequests.CorrectLeadBodyRequest body,
                                                    CommandRequest request) {
        return recorder.record(body.toCommand(caseId(id)), body, request);
    }
}
