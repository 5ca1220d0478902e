package org.casebook.query.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.casebook.kernel.crisis.AssessmentRecorded;
import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.CrisisReopened;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.handover.HandoverEscalated;
import org.casebook.kernel.crisis.LeadBodyCorrected;
import org.casebook.kernel.handover.HandoverEvent;
import org.casebook.kernel.handover.HandoverProposed;
import org.casebook.query.RecordedEntry;
import org.casebook.query.Summaries;
import org.casebook.query.board.BoardRow.PendingHandover;
import org.casebook.query.handover.Leadership;

/** The status board row of a case, as a fold over its entries. Pure: no storage, no clock. */
public final class BoardFold {

    private BoardFold() {
    }

    /** The row after {@code entry}; {@code row} is null before the case's first entry. */
    public static BoardRow apply(BoardRow row, RecordedEntry entry) {
        if (entry.event() instanceof CrisisOpened e) {
            return new BoardRow(e.crisisId().value(), e.title(), e.country().value(), e.stage(), e.sensitivity(),
                                e.leadBody().value(), e.leadCoordinator().value(), null, null, entry.effectiveAt(),
                                entry.recordedAt(), 0, null, null, null, List.of(), entry.position());
        }
        int decisions = row.decisionCount();
        String latestDecision = row.latestDecision();
        Sensitivity latestDecisionSensitivity = row.latestDecisionSensitivity();
        Stage stage = row.stage();
        Leadership lead = new Leadership(row.leadBody(), row.leadCoordinator(), row.leadEffectiveOn(), null,
                                         row.incomingLeads());
        Instant assessedAt = row.assessedAt();
        List<PendingHandover> pending = row.pendingHandovers();
        if (entry.event() instanceof AssessmentRecorded) {
            assessedAt = entry.effectiveAt();
        } else if (entry.event() instanceof HandoverProposed e) {
            pending = append(pending, new PendingHandover(e.handoverId().value(), e.toBody().value(),
                                                          entry.recordedAt(), false));
        } else if (entry.event() instanceof HandoverEscalated e) {
            pending = pending.stream().map(h -> h.handoverId().equals(e.handoverId().value())
                    ? new PendingHandover(h.handoverId(), h.toBody(), h.proposedAt(), true) : h).toList();
        } else if (entry.event() instanceof HandoverEvent e) {
            pending = pending.stream().filter(h -> !h.handoverId().equals(e.handoverId().value())).toList();
            lead = lead.after(e);
        } else if (entry.event() instanceof LeadBodyCorrected e) {
            lead = lead.corrected(e.toBody().value());
        } else if (entry.event() instanceof DecisionRecorded e) {
            decisions++;
            latestDecision = Summaries.decision(e);
            latestDecisionSensitivity = e.sensitivity() != null ? e.sensitivity() : row.sensitivity();
        } else if (entry.event() instanceof CrisisMovedToStage e) {
            stage = e.to();
        } else if (entry.event() instanceof CrisisClosed) {
            stage = Stage.CLOSED;
        } else if (entry.event() instanceof CrisisReopened e) {
            stage = e.stage();
        }
        return new BoardRow(row.id(), row.title(), row.country(), stage, row.sensitivity(), lead.body(),
                            lead.coordinator(), lead.since(), lead.incomingForWholeCase(), row.openedAt(), entry.recordedAt(), decisions,
                            latestDecision, latestDecisionSensitivity, assessedAt, pending, entry.position());
    }

    private static List<PendingHandover> append(List<PendingHandover> pending, PendingHandover handover) {
        List<PendingHandover> longer = new ArrayList<>(pending);
        longer.add(handover);
        return List.copyOf(longer);
    }
}
