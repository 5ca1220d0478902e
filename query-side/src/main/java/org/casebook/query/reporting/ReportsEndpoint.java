package org.casebook.query.reporting;

import jakarta.validation.constraints.Min;
import org.casebook.kernel.reporting.ReportSubject;
import org.casebook.query.reporting.activity.FiscalPeriod;
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
        FiscalPeriod fiscal = reports.period(period);
        ReportFormat file = ReportFormat.named(format);
        return ReportResponses.file(reports.activity(fiscal, asOf, Editions.requested(edition, caller)), file,
                                    reports);
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
        ReportFormat file = ReportFormat.named(format);
        return ReportResponses.file(reports.build(new ReportSubject.Notification(sourceId, entry), asOf,
                                                  Editions.requested(edition, caller)), file, reports);
    }

    @GetMapping("/api/crises/{id}/report")
    public ResponseEntity<byte[]> caseSummary(@PathVariable String id,
                                              @RequestParam(defaultValue = "json") String format,
                                              @RequestParam(required = false) @Min(0) Long asOf,
                                              @RequestParam(required = false) String edition,
                                              Authentication caller) {
        ReportFormat file = ReportFormat.named(format);
        return ReportResponses.file(reports.build(new ReportSubject.Case(id), asOf,
                                                  Editions.requested(edition, caller)), file, reports);
    }
}
