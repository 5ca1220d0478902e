package org.casebook.query.reporting;

import java.time.Instant;
import java.util.Map;

import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.query.Positioned;

/**
 * A submitted report as the record holds it: which report, the point it was built from, the SHA-256 of each file,
 * who submitted it and when; {@code position} is where the submission itself stands in the journal.
 */
public record Submission(String id, String type, String period, String subject, ReportEdition edition,
                         ReportPoint builtFrom,
                         Map<String, String> files, String submittedBy, Instant submittedAt, long position)
        implements Positioned {
}
