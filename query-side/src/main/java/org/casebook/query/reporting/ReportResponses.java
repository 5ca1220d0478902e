package org.casebook.query.reporting;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report as the file asked for ({@link ReportFormat}), named after it, with the position and hash it was built
 * from also in the headers {@code X-Casebook-Position} and {@code X-Casebook-Hash}.
 */
final class ReportResponses {

    private ReportResponses() {
    }

    static ResponseEntity<byte[]> file(Report report, ReportFormat format, Reports reports) {
        byte[] file = format.file(report, format == ReportFormat.PDF ? reports.stoodAt(report.builtFrom()) : null);
        return ResponseEntity.ok()
                             .contentType(MediaType.parseMediaType(format.mediaType()))
                             .header(HttpHeaders.CONTENT_DISPOSITION,
                                     ContentDisposition.attachment().filename(format.fileName(report)).build()
                                                       .toString())
                             .header("X-Casebook-Position", Long.toString(report.builtFrom().position()))
                             .header("X-Casebook-Hash", report.builtFrom().hash())
                             .body(file);
    }
}
