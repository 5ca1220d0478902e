package org.casebook.query.reporting.casesummary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.casebook.kernel.crisis.AssessmentRecorded;
import org.casebook.query.reporting.activity.ActivityLedger;

/**
 * What a case summary shows from layout 4 on besides its case file: the assessments of the case (from its own
 * entries), and its deployments and money (from the {@link ActivityLedger}, which keeps them for every case).
 * Responders are counted, never named: a deployment shows its sector, component and agency.
 */
record CaseRecord(List<CaseSummaryReport.AssessmentRow> assessments,
                  List<CaseSummaryReport.DeploymentRow> deployments,
                  List<CaseSummaryReport.MoneyRow> money) {

    /** Collects the assessments of a case from its entries, in order. */
    static final class Assessments {

        private final List<CaseSummaryReport.AssessmentRow> rows = new ArrayList<>();

        void apply(Object event, Instant effectiveAt) {
            if (event instanceof AssessmentRecorded e) {
                rows.add(new CaseSummaryReport.AssessmentRow(e.assessmentId().value(),
                                                             LocalDate.ofInstant(effectiveAt, ZoneOffset.UTC),
                                                             e.findings().size(), e.summary()));
            }
        }

        List<CaseSummaryReport.AssessmentRow> rows() {
            return rows;
        }
    }

    /** The case's deployments (person-days as booked, start to end, both days included) and money moved. */
    static CaseRecord of(List<CaseSummaryReport.AssessmentRow> assessments, ActivityLedger ledger, String caseId) {
        List<CaseSummaryReport.DeploymentRow> deployments = new ArrayList<>();
        ledger.deploymentsOf(caseId).forEach((id, d) -> {
            ActivityLedger.ResponderLine responder = ledger.responders().get(d.responderId());
            deployments.add(new CaseSummaryReport.DeploymentRow(
                    id, d.sector(), responder == null ? "" : responder.component(),
                    responder == null ? "" : responder.agency(), d.start(), d.end(), d.booked(),
                    d.booked() ? ChronoUnit.DAYS.between(d.start(), d.end()) + 1 : 0));
        });
        List<CaseSummaryReport.MoneyRow> money = ledger.movements().stream()
                .filter(m -> caseId.equals(m.caseId()))
                .map(m -> new CaseSummaryReport.MoneyRow(m.day(), m.sourceId(), m.entry(), m.kind(), m.sector(),
                                                         m.amount().toString()))
                .toList();
        return new CaseRecord(List.copyOf(assessments), deployments, money);
    }
}
