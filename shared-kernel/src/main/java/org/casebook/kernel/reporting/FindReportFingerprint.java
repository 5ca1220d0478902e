package org.casebook.kernel.reporting;

/** Builds a report and answers its {@link ReportFingerprint}; {@code asOf} null means the journal's head. */
public record FindReportFingerprint(String type, String period, Long asOf, ReportEdition edition) {
}
