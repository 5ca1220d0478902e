package org.casebook.kernel.reporting;

import org.casebook.kernel.AddressedCommand;

/** Submit the report on a subject, as built at the fingerprint's position, on the authority of its sender. */
public record SubmitReport(SubmissionId submissionId, ReportSubject subject, ReportEdition edition,
                           ReportFingerprint fingerprint, String submittedBy)
        implements AddressedCommand {

    /** The report named by the words a submission records ({@link ReportSubject#of}). */
    public SubmitReport(SubmissionId submissionId, String type, String period, String subject, ReportEdition edition,
                        ReportFingerprint fingerprint, String submittedBy) {
        this(submissionId, ReportSubject.of(type, period, subject), edition, fingerprint, submittedBy);
    }

    @Override
    public String targetId() {
        return submissionId.value();
    }
}
