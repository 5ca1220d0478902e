package org.casebook.query.board;

import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.CrisisReopened;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.Stage;
import org.casebook.query.RecordedEntry;
import org.casebook.query.Summaries;

/** The status board row of a case, as a fold over its entries. Pure: no storage, no clock. */
public final class BoardFold {

    private BoardFold() {
    }

    /** The row after {@code entry}; {@code row} is null before the case's first entry. */
    public static BoardRow apply(BoardRow row, RecordedEntry entry) {
        if (entry.event() instanceof CrisisOpened e) {
            return new BoardRow(e.crisisId().value(), e.title(), e.country().value(), e.stage(), e.sensitivity(),
                                e.leadBody().value(), e.leadCoordinator().value(), entry.effectiveAt(),
                                entry.recordedAt(), 0, null, entry.position());
        }
        int decisions = row.decisionCount();
        String latestDecision = row.latestDecision();
        Stage stage = row.stage();
        if (entry.event() instanceof DecisionRecorded e) {
            decisions++;
            latestDecision = Summaries.decision(e);
        } else if (entry.event() instanceof CrisisMovedToStage e) {
            stage = e.to();
        } else if (entry.event() instanceof CrisisClosed) {
            stage = Stage.CLOSED;
        } else if (entry.event() instanceof CrisisReopened e) {
            stage = e.stage();
        }
        return new BoardRow(row.id(), row.title(), row.country(), stage, row.sensitivity(), row.leadBody(),
                            row.leadCoordinator(), row.openedAt(), entry.recordedAt(), decisions, latestDecision,
                            entry.position());
    }
}
