package org.casebook.kernel.reporting;

/**
 * Builds a report and answers its {@link ReportFingerprint}: the report on {@code subject} (an activity report's
 * period, a funds notification's entry, a case summary's case); {@code asOf} null means the journal's head.
 */
public record FindReportFingerprint(ReportSubject subject, Long asOf, ReportEdition edition) {
}
