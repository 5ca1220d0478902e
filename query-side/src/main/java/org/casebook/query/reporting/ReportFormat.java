package org.casebook.query.reporting;

import java.time.Instant;
import java.util.Locale;

import org.casebook.kernel.refusal.InvalidInput;

/** The files a report is read as: JSON, a ZIP of its CSV tables, or PDF. */
public enum ReportFormat {
    JSON("application/json", "json"),
    CSV("application/zip", "zip"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The format a reader names: {@code json}, {@code csv} or {@code pdf}. */
    public static ReportFormat named(String word) {
        for (ReportFormat format : values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(word)) {
                return format;
            }
        }
        throw new InvalidInput("format", "must be json, csv or pdf");
    }

    public String mediaType() {
        return mediaType;
    }

    /** The report's file name in this format. */
    public String fileName(Report report) {
        return report.name() + "." + extension;
    }

    /** The report as this file, made in the current layout; {@code stoodAt}: when its last commit was recorded. */
    public byte[] file(Report report, Instant stoodAt) {
        return switch (this) {
            case JSON -> ReportFiles.json(report, ReportLayout.CURRENT);
            case PDF -> ReportFiles.pdf(report, stoodAt, ReportLayout.CURRENT);
            case CSV -> ReportFiles.zip(ReportFiles.csv(report, ReportLayout.CURRENT));
        };
    }
}
