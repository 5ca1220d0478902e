package org.casebook.kernel.reporting;

import java.util.Collection;

/**
 * Who a report is for. The standard edition, for wide distribution, withholds the text of SBU entries (it still
 * counts them); the SBU edition shows it, for reporters cleared for SBU (the account's authority
 * {@link #SBU_CLEARANCE}).
 */
public enum ReportEdition {
    STANDARD, SBU;

    public static final String SBU_CLEARANCE = "CLEARANCE:SBU";

    /** Whether a caller with these authorities may have this edition: the SBU one needs a cleared REPORTER. */
    public boolean isFor(Collection<String> authorities) {
        return this == STANDARD || authorities.contains("ROLE_REPORTER") && authorities.contains(SBU_CLEARANCE);
    }
}
