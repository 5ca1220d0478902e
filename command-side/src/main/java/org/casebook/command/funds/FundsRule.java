package org.casebook.command.funds;

import org.casebook.command.Rule;

/** The rules that keep money within its limits; clients see the rule's name (such as {@code cap-exceeded}). */
public enum FundsRule implements Rule {
    /** A funding source is registered once for its authority and fiscal year. */
    SOURCE_ALREADY_REGISTERED,
    /** Money moves in positive amounts; only an adjustment is negative. */
    AMOUNT_MUST_BE_POSITIVE,
    /** Allocations never exceed the source's cap. */
    CAP_EXCEEDED,
    /** Obligations never exceed their allocation. */
    ALLOCATION_EXCEEDED,
    /** Disbursements never exceed their obligation. */
    OBLIGATION_EXCEEDED,
    /** A movement refers to an allocation or obligation of this source and case. */
    UNKNOWN_ENTRY,
    /** A movement takes effect no earlier than the entry it draws on or adjusts (an obligation its allocation...). */
    EFFECTIVE_BEFORE_ITS_ENTRY,
    /** An adjustment reduces (a negative change), with a reason... */
    ADJUSTMENT_MUST_REDUCE,
    /** ...and never below what depends on the entry (obligations of an allocation, disbursements of an obligation). */
    ADJUSTMENT_BELOW_COMMITTED,
    /**
     * Money of an allocation whose authority requires notice is obligated only once the committees were notified
     * and the waiting period ended (from its earliest day of obligation), or after the wait was waived.
     */
    NOTIFICATION_WAIT,
    /** A notification or a waiver is recorded only for an authority with terms ({@code casebook.funds.authorities}). */
    NOTIFICATION_TERMS_UNKNOWN,
    /** An allocation's notification is transmitted once... */
    NOTIFICATION_ALREADY_TRANSMITTED,
    /** ...and its wait waived once. */
    WAIT_ALREADY_WAIVED
}
