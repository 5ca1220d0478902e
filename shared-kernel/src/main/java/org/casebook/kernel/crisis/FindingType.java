package org.casebook.kernel.crisis;

/** The kinds of finding an interagency conflict assessment (ICAF) produces. */
public enum FindingType {
    CONTEXT,
    CORE_GRIEVANCE,
    RESILIENCE_SOURCE,
    DRIVER_OF_CONFLICT,
    MITIGATING_FACTOR,
    KEY_ACTOR,
    WINDOW_OF_VULNERABILITY,
    WINDOW_OF_OPPORTUNITY
}
