package org.casebook.kernel.reporting;

/**
 * Who a report is for. The standard edition, for wide distribution, withholds the text of SBU entries (it still
 * counts them); the SBU edition shows it, for reporters cleared for SBU (the account's authority
 * {@link #SBU_CLEARANCE}).
 */
public enum ReportEdition {
    STANDARD, SBU;

    public static final String SBU_CLEARANCE = "CLEARANCE:SBU";
}
