package org.casebook.command.handover;

import org.casebook.command.Rule;

/** The rules of a handover of the lead; clients see the rule's name (such as {@code handover-pending}). */
public enum HandoverRule implements Rule {
    /**
     * Only a coordinator of the body that leads the case (or each sector handed over) proposes its handover; once
     * a handover is accepted, that is the incoming body, even before its lead begins.
     */
    PROPOSER_MUST_LEAD,
    /** The lead is handed to another body than the one that has it. */
    HANDOVER_TO_THE_LEAD,
    /** One handover per case and scope is pending at a time. */
    HANDOVER_PENDING,
    /** Only the body a handover is proposed to (and the coordinator named, if any) accepts or declines it. */
    NOT_THE_RECEIVING_SIDE,
    /** Only the body that proposed a handover withdraws it. */
    NOT_THE_PROPOSING_SIDE,
    /** A handover is answered, withdrawn, escalated or lapses only while it is pending. */
    HANDOVER_NOT_PENDING,
    /** A handover escalates once. */
    HANDOVER_ALREADY_ESCALATED,
    /** Declining or withdrawing a handover needs a reason. */
    HANDOVER_ANSWER_NEEDS_REASON,
    /** An acceptance names the digest of the handover's brief, as the receiver was shown it. */
    BRIEF_NOT_SHOWN,
    /** A lead is handed on effective no earlier than the day it begins (the incoming body's, once accepted). */
    HANDOVER_BEFORE_LEAD_BEGINS,
    /** Casebook moves the lead of an accepted handover once, on its effective date. */
    NO_LEAD_TO_TRANSFER,
    /** A correction of the lead body names another body than the one recorded. */
    LEAD_UNCHANGED,
    /**
     * A risk of a handover is closed once, while the handover is pending (by the proposing body) or after it was
     * accepted (by the receiving body, which took it on).
     */
    RISK_NOT_OPEN;
}
