package org.casebook.kernel.reporting;

import org.casebook.kernel.AddressedCommand;

/** Submit a report, as built from the record at the fingerprint's position, on the authority of its sender. */
public record SubmitReport(SubmissionId submissionId, String type, String period, String subject,
                           ReportEdition edition, ReportFingerprint fingerprint, String submittedBy)
        implements AddressedCommand {

    @Override
    public String targetId() {
        return submissionId.value();
    }
}
