package org.casebook.kernel.reporting;

/**
 * Builds a report and answers its {@link ReportFingerprint}: an activity report of a {@code period}, or a report on
 * a {@code subject} (a funds notification's {@code sourceId/entry}, a case summary's case id); {@code asOf} null
 * means the journal's head.
 */
public record FindReportFingerprint(String type, String period, String subject, Long asOf, ReportEdition edition) {
}
