package org.casebook.query.reporting;

import jakarta.validation.constraints.Min;
import org.casebook.query.InvalidQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports to Congress, built from the journal as of a position ({@code asOf}, default: now): JSON, or CSV tables
 * in a ZIP. The position and hash they were built from are in every file, and in the headers
 * {@code X-Casebook-Position} and {@code X-Casebook-Hash}.
 */
@RestController
@RequestMapping("/api/reports")
public class ReportsEndpoint {

    private final ActivityReports reports;

    public ReportsEndpoint(ActivityReports reports) {
        this.reports = reports;
    }

    @GetMapping("/activity")
    public ResponseEntity<byte[]> activity(@RequestParam String period,
                                           @RequestParam(defaultValue = "json") String format,
                                           @RequestParam(required = false) @Min(0) Long asOf,
                                           @RequestParam(required = false) String edition,
                                           Authentication caller) {
        FiscalPeriod fiscal = reports.period(period);
        Edition requested = Edition.requested(edition, caller);
        if (!format.equals("json") && !format.equals("csv")) {
            throw new InvalidQuery("format", "must be json or csv");
        }
        ReportPoint point = reports.point(asOf);
        ActivityReport report = reports.activity(fiscal, point, requested == Edition.SBU);
        String name = "activity-" + fiscal.label() + "-" + point.position()
                + (requested == Edition.SBU ? "-sbu" : "");
        boolean json = format.equals("json");
        return ResponseEntity.ok()
                             .contentType(json ? MediaType.APPLICATION_JSON : MediaType.parseMediaType("application/zip"))
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                     .filename(name + (json ? ".json" : ".zip")).build().toString())
                             .header("X-Casebook-Position", Long.toString(point.position()))
                             .header("X-Casebook-Hash", point.hash())
                             .body(json ? ReportFiles.json(report) : ReportFiles.zip(ReportFiles.csv(report)));
    }
}
