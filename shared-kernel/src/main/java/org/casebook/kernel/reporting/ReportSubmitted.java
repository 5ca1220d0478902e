package org.casebook.kernel.reporting;

import java.util.Map;
import java.util.TreeMap;

import org.casebook.kernel.EventType;

/**
 * A report was submitted: which report ({@code type}, {@code period}, {@code edition}), the journal
 * {@code position} and commit {@code hash} it was built from, the SHA-256 of each file produced (by file name),
 * and who submitted it.
 */
@EventType(name = "ReportSubmitted", revision = "1")
public record ReportSubmitted(SubmissionId submissionId, String type, String period, ReportEdition edition,
                              long position, String hash, Map<String, String> files, String submittedBy) {

    public ReportSubmitted {
        files = new TreeMap<>(files);
    }
}
