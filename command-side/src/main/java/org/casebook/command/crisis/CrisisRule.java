package org.casebook.command.crisis;

import org.casebook.command.Rule;

/** The rules a crisis case enforces. A client sees the rule's name (such as {@code case-is-closed}) and a message. */
public enum CrisisRule implements Rule {
    /** A case cannot be opened as already closed. */
    OPENS_BEFORE_CLOSING,
    /** Nothing but corrections and reopening is recorded on a closed case. */
    CASE_IS_CLOSED,
    /** An assessment records at least one finding. */
    ASSESSMENT_NEEDS_FINDINGS,
    /** A decision records at least one option considered. */
    DECISION_NEEDS_OPTIONS,
    /** A decision can supersede only a decision of the same case... */
    SUPERSEDED_DECISION_MUST_EXIST,
    /** ...that no other decision has superseded yet. */
    DECISION_ALREADY_SUPERSEDED,
    /** A move goes to a stage other than the current one. */
    STAGE_UNCHANGED,
    /** Skipping ahead past a stage needs a reason. */
    SKIPPING_AHEAD_NEEDS_REASON,
    /** Moving back to an earlier stage needs a reason. */
    MOVING_BACK_NEEDS_REASON,
    /** Closing a case needs its outcome. */
    CLOSING_NEEDS_OUTCOME,
    /** An outcome is recorded only when a case closes. */
    OUTCOME_ONLY_WHEN_CLOSING,
    /** Only a closed case can be reopened... */
    ONLY_A_CLOSED_CASE_REOPENS,
    /** ...and reopening needs a reason. */
    REOPENING_NEEDS_REASON,
    /** A correction points at an entry of the same case... */
    CORRECTION_TARGET_MUST_BE_IN_CASE,
    /** ...and says why. */
    CORRECTION_NEEDS_REASON,
    /** Money is allocated on a decision of the same case. */
    DECISION_MUST_EXIST;
}
