package org.casebook.kernel.crisis;

/** An entry in the record of one crisis case. */
public sealed interface CrisisEvent
        permits CrisisOpened, AssessmentRecorded, DecisionRecorded, CrisisMovedToStage, CrisisClosed,
        CrisisReopened, EntryCorrected {

    CrisisId crisisId();
}
