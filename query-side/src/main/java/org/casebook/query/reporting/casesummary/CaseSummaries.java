package org.casebook.query.reporting.casesummary;

import java.util.Optional;
import java.util.stream.Stream;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportSubject;
import org.casebook.query.RecordedEntry;
import org.casebook.query.ViewProgress;
import org.casebook.query.Views;
import org.casebook.query.history.AsOf;
import org.casebook.query.history.TimeTravel;
import org.casebook.query.reporting.ReportLayout;
import org.casebook.query.reporting.ReportPoint;
import org.casebook.query.reporting.activity.ActivityLedgers;
import org.springframework.stereotype.Component;

/**
 * Builds case summaries: the case file as of the point (from the case history), with, from layout 4 on, its
 * assessments (from the case's entries), deployments and money (from the activity ledger).
 *
 * @param progress null: no view is being kept (the command line reads a stopped server's store)
 */
@Component
public record CaseSummaries(JournalStorageEngine journal, TimeTravel timeTravel, ActivityLedgers ledgers,
                            ViewProgress progress) {

    /** The summary of a case over its life, as its record stood at the point; empty if it was not opened by then. */
    public Optional<CaseSummaryReport> build(ReportSubject.Case subject, ReportPoint point, ReportEdition edition,
                                             ReportLayout layout) {
        String caseId = subject.caseId();
        if (progress != null) {
            progress.awaitPosition(Views.HISTORY, point.position()); // the case history must hold all up to the point
        }
        return timeTravel.caseFile(caseId, AsOf.position(point.position()))
                         .map(file -> CaseSummaryReport.of(file, point, edition, layout,
                                                           layout.readable() ? caseRecord(caseId, point) : null));
    }

    /** The assessments (from the case's entries), deployments and money (from the ledger) of a case at the point. */
    private CaseRecord caseRecord(String caseId, ReportPoint point) {
        CaseRecord.Assessments assessments = new CaseRecord.Assessments();
        try (Stream<TrackedEventMessage<?>> events = journal.readTrackedEvents(caseId, point.position())) {
            events.forEach(event -> assessments.apply(event.getPayload(), RecordedEntry.effectiveAt(event)));
        }
        return ledgers.read(point, ledger -> CaseRecord.of(assessments.rows(), ledger, caseId));
    }
}
