package org.casebook.kernel.deployment;

/** The five technical sectors into which the tasks of a response are classified. */
public enum Sector {
    SECURITY,
    GOVERNANCE_AND_PARTICIPATION,
    HUMANITARIAN_ASSISTANCE_AND_SOCIAL_WELL_BEING,
    ECONOMIC_STABILIZATION_AND_INFRASTRUCTURE,
    JUSTICE_AND_RECONCILIATION
}
