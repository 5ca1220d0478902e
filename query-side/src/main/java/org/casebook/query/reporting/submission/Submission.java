package org.casebook.query.reporting.submission;

import java.time.Instant;
import java.util.Map;

import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportSubject;
import org.casebook.query.Positioned;
import org.casebook.query.reporting.ReportLayout;
import org.casebook.query.reporting.ReportPoint;

/**
 * A submitted report as the record holds it: which report, the point it was built from, the SHA-256 of each file
 * and the layout they were made in, who submitted it and when; {@code position} is where the submission itself
 * stands in the journal. A view document stored before layouts were kept has none: its files are in the first.
 */
public record Submission(String id, String type, String period, String subject, ReportEdition edition,
                         ReportPoint builtFrom, Map<String, String> files, Integer layout, String submittedBy,
                         Instant submittedAt, long position)
        implements Positioned {

    /** The report's subject, from the words the submission recorded. */
    public ReportSubject about() {
        return ReportSubject.of(type, period, subject);
    }

    public ReportLayout fileLayout() {
        return layout == null ? ReportLayout.FIRST : ReportLayout.of(layout);
    }
}
