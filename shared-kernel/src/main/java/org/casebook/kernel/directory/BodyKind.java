package org.casebook.kernel.directory;

/** What kind of body a listed body is: who works on a response, in the terms of the Interagency Management System. */
public enum BodyKind {
    /** A policy group in the capital, such as the CRSG. */
    POLICY_GROUP,
    /** Interagency planners with a military command, such as an IPC. */
    PLANNING_CELL,
    /** A deployable civilian team in the country, such as an ACT or a field ACT. */
    FIELD_TEAM,
    /** An embassy, under its Chief of Mission. */
    EMBASSY,
    /** A government agency or department, such as USAID. */
    AGENCY,
    /** A body of the host nation. */
    HOST_NATION,
    /** An international organisation, such as UNDP. */
    INTERNATIONAL,
    /** Anything else. */
    OTHER
}
