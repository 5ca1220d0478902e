package org.casebook.query.reporting;

import java.time.Instant;
import java.util.Map;

import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.query.Positioned;

/**
 * A submitted report as the record holds it: which report, the point it was built from, the SHA-256 of each file
 * and the layout they were made in, who submitted it and when; {@code position} is where the submission itself
 * stands in the journal. A view document stored before layouts were kept has none: its files are in the first.
 */
public record Submission(String id, String type, String period, String subject, ReportEdition edition,
                         ReportPoint builtFrom, Map<String, String> files, Integer layout, String submittedBy,
                         Instant submittedAt, long position)
        implements Positioned {

    public ReportLayout fileLayout() {
        return layout == null ? ReportLayout.FIRST : ReportLayout.of(layout);
    }
}
