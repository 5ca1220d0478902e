package org.casebook.command.handover;

import static org.casebook.command.web.PathIds.caseId;
import static org.casebook.command.web.PathIds.handoverId;

import jakarta.validation.Valid;
import org.casebook.command.directory.PersonNames;
import org.casebook.command.web.CommandRequest;
import org.casebook.command.web.Recorded;
import org.casebook.command.web.Recorder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where the lead body proposes a handover of a case's lead, the receiving side answers it, and its risks close. */
@RestController
@RequestMapping(path = "/api/crises/{caseId}/handovers", consumes = MediaType.APPLICATION_JSON_VALUE,
                produces = MediaType.APPLICATION_JSON_VALUE)
public record HandoverCommandsEndpoint(Recorder recorder, PersonNames names) {

    @PostMapping
    public ResponseEntity<Recorded> propose(@PathVariable String caseId,
                                            @Valid @RequestBody HandoverRequests.ProposeRequest body,
                                            CommandRequest request) {
        return recorder.create(body.toCommand(caseId(caseId), request.actor()), body, request,
                               recorded -> "/api/crises/" + caseId + "/handovers/" + recorded.handoverId());
    }

    @PostMapping("/{id}/accept")
    public ResponseEntity<Recorded> accept(@PathVariable String caseId, @PathVariable String id,
                                           @Valid @RequestBody HandoverRequests.AcceptRequest body,
                                           CommandRequest request) {
        return recorder.record(body.toCommand(caseId(caseId), handoverId(id), request.actor(),
                                              names.displayNameOf(request.actor().user())), body, request);
    }

    @PostMapping("/{id}/decline")
    public ResponseEntity<Recorded> decline(@PathVariable String caseId, @PathVariable String id,
                                            @Valid @RequestBody HandoverRequests.AnswerRequest body,
                                            CommandRequest request) {
        return recorder.record(body.toDecline(caseId(caseId), handoverId(id), request.actor()), body, request);
    }

    @PostMapping("/{id}/withdraw")
    public ResponseEntity<Recorded> withdraw(@PathVariable String caseId, @PathVariable String id,
                                             @Valid @RequestBody HandoverRequests.AnswerRequest body,
                                             CommandRequest request) {
        return recorder.record(body.toWithdraw(caseId(caseId), handoverId(id), request.actor()), body, request);
    }

    /** Risk {@code risk} (from 1, as the proposal listed them) of the handover is closed: until then it is open. */
    @PostMapping("/{id}/risks/{risk}/close")
    public ResponseEntity<Recorded> closeRisk(@PathVariable String caseId, @PathVariable String id,
                                              @PathVariable int risk,
                                              @Valid @RequestBody HandoverRequests.CloseRiskRequest body,
                                              CommandRequest request) {
        return recorder.record(body.toCommand(caseId(caseId), handoverId(id), risk, request.actor()), body, request);
    }
}
