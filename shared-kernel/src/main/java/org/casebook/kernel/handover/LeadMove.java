package org.casebook.kernel.handover;

/** When an accepted handover moves the lead. */
public enum LeadMove {
    /** At once, on acceptance: how Casebook moved it until acceptances recorded this (revision 1). */
    ON_ACCEPTANCE,
    /** On the handover's effective date, when Casebook records {@link LeadTransferred}. */
    ON_EFFECTIVE_DATE
}
