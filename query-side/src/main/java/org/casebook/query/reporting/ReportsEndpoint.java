package org.casebook.query.reporting;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Min;
import org.casebook.kernel.reporting.ReportEdition;
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
 * Reports to Congress, built from the journal as of a position ({@code asOf}, default: now): JSON, PDF, or CSV
 * tables in a ZIP. The position and hash they were built from are in every file, and in the headers
 * {@code X-Casebook-Position} and {@code X-Casebook-Hash}.
 */
@RestController
@RequestMapping("/api/reports")
public class ReportsEndpoint {

    private static final Map<String, String> TYPES = Map.of("json", "application/json", "csv", "application/zip",
                                                            "pdf", "application/pdf");

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
        ReportEdition requested = Editions.requested(edition, caller);
        if (!List.of("json", "csv", "pdf").contains(format)) {
            throw new InvalidQuery("format", "must be json, csv or pdf");
        }
        ReportPoint point = reports.point(asOf);
        ActivityReport report = reports.activity(fiscal, point, requested);
        String name = ReportFiles.name(report);
        byte[] file = switch (format) {
            case "json" -> ReportFiles.json(report);
            case "pdf" -> ReportFiles.pdf(report, reports.stoodAt(point));
            default -> ReportFiles.zip(ReportFiles.csv(report));
        };
        return ResponseEntity.ok()
                             .contentType(MediaType.parseMediaType(TYPES.get(format)))
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                     .filename(name + (format.equals("csv") ? ".zip" : "." + format)).build()
                                     .toString())
                             .header("X-Casebook-Position", Long.toString(point.position()))
                             .header("X-Casebook-Hash", point.hash())
                             .body(file);
    }
}
