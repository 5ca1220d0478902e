package org.casebook.command.reporting;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.casebook.kernel.reporting.ReportSubmitted;
import org.casebook.kernel.reporting.SubmissionId;
import org.casebook.kernel.reporting.SubmitReport;

/** One submission of a report: recorded once, never changed; a later change in the record is an amendment. */
@Aggregate(commandTargetResolver = "addressedCommandTargetResolver")
public class ReportSubmission {

    @AggregateIdentifier
    private SubmissionId id;

    protected ReportSubmission() {
    }

    @CommandHandler
    public ReportSubmission(SubmitReport command) {
        apply(ReportSubmitted.of(command.submissionId(), command.subject(), command.edition(), command.fingerprint(),
                                 command.submittedBy()));
    }

    @EventSourcingHandler
    void on(ReportSubmitted event) {
        id = event.submissionId();
    }
}
