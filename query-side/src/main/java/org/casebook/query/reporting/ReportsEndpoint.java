package org.casebook.query.reporting;

import java.util.function.Supplier;

import jakarta.validation.constraints.Min;
import org.casebook.kernel.reporting.ReportSubject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports to Congress, built from the journal as of a position ({@code asOf}, default: now), as JSON, PDF, or CSV
 * tables in a ZIP; {@code edition=sbu} (in any case) for a reporter cleared for SBU.
 */
@RestController
public record ReportsEndpoint(Reports reports) {

    @GetMapping("/api/reports/activity")
    public ResponseEntity<byte[]> activity(@RequestParam String period,
                                           @RequestParam(defaultValue = "json") String format,
                                           @RequestParam(required = false) @Min(0) Long asOf,
                                           @RequestParam(required = false) String edition,
                                           Authentication caller) {
        reports.period(period); // a period that is not one is refused before anything else
        return file(format, () -> new ReportSubject.Period(period), asOf, edition, caller);
    }

    /**
     * The notice of allocation or obligation {@code entry} (AL-n, or the A-n it was shown as before; O-n) of a
     * funding source; under the report's own name, as it is submitted, and under the plural it was first read with.
     */
    @GetMapping({"/api/reports/notification/{sourceId}/{entry}", "/api/reports/notifications/{sourceId}/{entry}"})
    public ResponseEntity<byte[]> notification(@PathVariable String sourceId, @PathVariable String entry,
                                               @RequestParam(defaultValue = "json") String format,
                                               @RequestParam(required = false) @Min(0) Long asOf,
                                               @RequestParam(required = false) String edition,
                                               Authentication caller) {
        return file(format, () -> new ReportSubject.Notification(sourceId, entry), asOf, edition, caller);
    }

    @GetMapping("/api/crises/{id}/report")
    public ResponseEntity<byte[]> caseSummary(@PathVariable String id,
                                              @RequestParam(defaultValue = "json") String format,
                                              @RequestParam(required = false) @Min(0) Long asOf,
                                              @RequestParam(required = false) String edition,
                                              Authentication caller) {
        return file(format, () -> new ReportSubject.Case(id), asOf, edition, caller);
    }

    /** The report on a subject in the format asked for, refused in that order: format, subject, edition. */
    private ResponseEntity<byte[]> file(String format, Supplier<ReportSubject> subject, Long asOf, String edition,
                                        Authentication caller) {
        ReportFormat file = ReportFormat.named(format);
        return ReportResponses.file(reports.build(subject.get(), asOf, Editions.requested(edition, caller)), file,
                                    reports);
    }
}
