package org.casebook.kernel.reporting;

import java.util.Map;
import java.util.TreeMap;

import org.casebook.kernel.EventType;

/**
 * A report was submitted: which report ({@code type}; the {@code period} of an activity report, or the
 * {@code subject} of the others: {@code sourceId/entry} of a funds notification, the case's id of a case summary;
 * {@code edition}), the journal {@code position} and commit {@code hash} it was built from, the SHA-256 of each file
 * produced (by file name) in the files' {@code layout} revision, and who submitted it. Revision 2 added
 * {@code subject}: revision 1 (activity reports only) reads with none. Revision 3 added {@code layout}: earlier
 * revisions read with layout 1, the only one there was.
 */
@EventType(name = "ReportSubmitted", revision = "3")
public record ReportSubmitted(SubmissionId submissionId, String type, String period, String subject,
                              ReportEdition edition, long position, String hash, Map<String, String> files,
                              int layout, String submittedBy) {

    public ReportSubmitted {
        files = new TreeMap<>(files);
    }

    /** The submission of the report on {@code subject}, stored as its words. */
    public static ReportSubmitted of(SubmissionId submissionId, ReportSubject subject, ReportEdition edition,
                                     ReportFingerprint built, String submittedBy) {
        return new ReportSubmitted(submissionId, subject.type().word(), subject.period(), subject.subject(), edition,
                                   built.position(), built.hash(), built.files(), built.layout(), submittedBy);
    }

    /** The report's subject, read from the words stored. */
    public ReportSubject about() {
        return ReportSubject.of(type, period, subject);
    }
}
