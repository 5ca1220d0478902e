package org.casebook.query.reporting;

import java.util.List;
import java.util.Map;

import org.casebook.kernel.refusal.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report as the file asked for ({@code json}, {@code csv}: a ZIP of its tables, {@code pdf}), named after it,
 * with the position and hash it was built from also in the headers {@code X-Casebook-Position} and
 * {@code X-Casebook-Hash}.
 */
final class ReportResponses {

    private static final Map<String, String> TYPES = Map.of("json", "application/json", "csv", "application/zip",
                                                            "pdf", "application/pdf");

    private ReportResponses() {
    }

    static String format(String format) {
        if (!List.of("json", "csv", "pdf").contains(format)) {
            throw new InvalidInput("format", "must be json, csv or pdf");
        }
        return format;
    }

    static ResponseEntity<byte[]> file(Report report, String format, Reports reports) {
        byte[] file = switch (format) {
            case "json" -> ReportFiles.json(report, ReportLayout.CURRENT);
            case "pdf" -> ReportFiles.pdf(report, reports.stoodAt(report.builtFrom()), ReportLayout.CURRENT);
            default -> ReportFiles.zip(ReportFiles.csv(report, ReportLayout.CURRENT));
        };
        String name = report.name() + (format.equals("csv") ? ".zip" : "." + format);
        return ResponseEntity.ok()
                             .contentType(MediaType.parseMediaType(TYPES.get(format)))
                             .header(HttpHeaders.CONTENT_DISPOSITION,
                                     ContentDisposition.attachment().filename(name).build().toString())
                             .header("X-Casebook-Position", Long.toString(report.builtFrom().position()))
                             .header("X-Casebook-Hash", report.builtFrom().hash())
                             .body(file);
    }
}
