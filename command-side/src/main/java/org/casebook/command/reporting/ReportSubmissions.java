package org.casebook.command.reporting;

import org.axonframework.queryhandling.QueryGateway;
import org.casebook.command.CommandDispatcher;
import org.casebook.command.Receipt;
import org.casebook.command.web.CommandRequest;
import org.casebook.kernel.Queries;
import org.casebook.kernel.refusal.NotCleared;
import org.casebook.kernel.reporting.FindReportFingerprint;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportFingerprint;
import org.casebook.kernel.reporting.ReportSubject;
import org.casebook.kernel.reporting.SubmissionId;
import org.casebook.kernel.reporting.SubmitReport;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;

/**
 * Submits a report: has the read side build it at the position asked for (or the head), and records the
 * fingerprint of what was built (position, hash, the SHA-256 of each file) as submitted by the signed-in user.
 */
@Component
public record ReportSubmissions(QueryGateway queries, CommandDispatcher dispatcher) {

    /** Refuses the SBU edition to a caller who may not read it (an account cleared for SBU may). */
    public Receipt submit(ReportSubject subject, Long asOf, ReportEdition edition, CommandRequest request,
                          Authentication caller) {
        if (!edition.isFor(AuthorityUtils.authorityListToSet(caller.getAuthorities()))) {
            throw new NotCleared(caller.getName(), "submit the SBU edition");
        }
        ReportFingerprint built = Queries.answer(queries.query(
                new FindReportFingerprint(subject, asOf, edition), ReportFingerprint.class));
        SubmitReport submit = new SubmitReport(SubmissionId.generate(), subject, edition, built,
                                               request.actor().user());
        return dispatcher.dispatch(submit, request.creating().effectiveAt(null));
    }
}
