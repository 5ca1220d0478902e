package org.casebook.command.funds;

import static org.casebook.command.web.PathIds.caseId;

import jakarta.validation.Valid;
import org.casebook.command.web.CommandRequest;
import org.casebook.command.web.Recorded;
import org.casebook.command.web.Recorder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where coordinators register funding sources and move money for a case: allocate, obligate, disburse, adjust.
 * Each answer names the funding source (its new version) and the entry recorded (A-, O- or P-number).
 */
@RestController
public record FundsCommandsEndpoint(Recorder recorder) {

    @PostMapping(path = "/api/funding-sources", consumes = MediaType.APPLICATION_JSON_VALUE,
                 produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Recorded> register(@Valid @RequestBody FundsRequests.RegisterRequest body,
                                             CommandRequest request) {
        return recorder.create(body.toCommand(), body, request.creating(),
                               recorded -> "/api/funding-sources/" + recorded.id());
    }

    @PostMapping(path = "/api/crises/{caseId}/funds/allocations", consumes = MediaType.APPLICATION_JSON_VALUE,
                 produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Recorded> allocate(@PathVariable String caseId,
                                             @Valid @RequestBody FundsRequests.AllocateRequest body,
                                             CommandRequest request) {
        return recorder.record(body.toCommand(caseId(caseId)), body, request);
    }

    @PostMapping(path = "/api/crises/{caseId}/funds/obligations", consumes = MediaType.APPLICATION_JSON_VALUE,
                 produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Recorded> obligate(@PathVariable String caseId,
                                             @Valid @RequestBody FundsRequests.ObligateRequest body,
                                             CommandRequest request) {
        return recorder.record(body.toCommand(caseId(caseId)), body, request);
    }

    @PostMapping(path = "/api/crises/{caseId}/funds/disbursements", consumes = MediaType.APPLICATION_JSON_VALUE,
                 produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Recorded> disburse(@PathVariable String caseId,
                                             @Valid @RequestBody FundsRequests.DisburseRequest body,
                                             CommandRequest request) {
        return recorder.record(body.toCommand(caseId(caseId)), body, request);
    }

    @PostMapping(path = "/api/crises/{caseId}/funds/adjustments", consumes = MediaType.APPLICATION_JSON_VALUE,
                 produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Recorded> adjust(@PathVariable String caseId,
                                           @Valid @RequestBody FundsRequests.AdjustRequest body,
                                           CommandRequest request) {
        return recorder.record(body.toCommand(caseId(caseId)), body, request);
    }

    /** The notification of an allocation, as transmitted to the congressional committees. */
    @PostMapping(path = "/api/crises/{caseId}/funds/notifications", consumes = MediaType.APPLICATION_JSON_VALUE,
                 produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Recorded> transmit(@PathVariable String caseId,
                                             @Valid @RequestBody FundsRequests.TransmitRequest body,
                                             CommandRequest request) {
        return recorder.record(body.toCommand(caseId(caseId)), body, request);
    }

    /** A waiver of an allocation's notification wait, in an emergency. */
    @PostMapping(path = "/api/crises/{caseId}/funds/waivers", consumes = MediaType.APPLICATION_JSON_VALUE,
                 produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Recorded> waive(@PathVariable String caseId,
                                          @Valid @RequestBody FundsRequests.WaiveRequest body,
                                          CommandRequest request) {
        return recorder.record(body.toCommand(caseId(caseId)), body, request);
    }
}
