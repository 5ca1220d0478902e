package org.casebook.command.reporting;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.casebook.command.web.CommandRequest;
import org.casebook.command.web.Recorded;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportSubject;
import org.casebook.kernel.reporting.ReportType;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where reporting staff submit a report; the answer names the submission and where to read it back. */
@RestController
@RequestMapping(path = "/api/reports/{type}/submissions", consumes = MediaType.APPLICATION_JSON_VALUE,
                produces = MediaType.APPLICATION_JSON_VALUE)
public record ReportSubmissionsEndpoint(ReportSubmissions submissions) {

    /**
     * What to submit: what the report is on (an activity report's period; a funds notification's source and entry;
     * a case summary's case), the position to build at (default: the head) and the edition.
     */
    record SubmitRequest(@Pattern(regexp = "FY[0-9]{4}(-Q[1-4])?",
                                  message = "must be a fiscal year or quarter, such as FY2026-Q1")
                         String period,
                         String sourceId,
                         String entry,
                         String caseId,
                         @Min(0) Long asOf,
                         String edition) {

        /** What a report of the type is on: a period, a funding source's entry, a case. */
        ReportSubject subject(ReportType type) {
            return switch (type) {
                case ACTIVITY -> new ReportSubject.Period(required("period", period));
                case NOTIFICATION -> new ReportSubject.Notification(required("sourceId", sourceId),
                                                                    required("entry", entry));
                case CASE -> new ReportSubject.Case(required("caseId", caseId));
            };
        }

        ReportEdition namedEdition() {
            return edition == null ? ReportEdition.STANDARD : ReportEdition.named(edition).orElseThrow(
                    () -> new InvalidInput("edition", ReportEdition.NAMES));
        }

        private static String required(String field, String value) {
            if (value == null || value.isBlank()) {
                throw new InvalidInput(field, "must not be blank");
            }
            return value;
        }
    }

    @PostMapping
    public ResponseEntity<Recorded> submit(@PathVariable("type") String named, @Valid @RequestBody SubmitRequest body,
                                           CommandRequest request, Authentication caller) {
        ReportType type = ReportType.named(named).orElseThrow(() -> new InvalidInput("type", ReportType.NAMES));
        Recorded recorded = Recorded.of(submissions.submit(body.subject(type), body.asOf(), body.namedEdition(),
                                                           request, caller));
        return ResponseEntity.created(URI.create("/api/reports/submissions/" + recorded.id())).body(recorded);
    }
}
