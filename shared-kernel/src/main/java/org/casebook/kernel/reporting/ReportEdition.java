package org.casebook.kernel.reporting;

import java.util.Collection;

import org.casebook.kernel.Clearance;

/**
 * Who a report is for. The standard edition, for wide distribution, withholds the text of SBU entries (it still
 * counts them); the SBU edition shows it, for accounts cleared for SBU ({@link Clearance}).
 */
public enum ReportEdition {
    STANDARD, SBU;

    /** Whether a caller with these authorities may have this edition: the SBU one needs SBU clearance. */
    public boolean isFor(Collection<String> authorities) {
        return this == STANDARD || Clearance.holdsSbu(authorities);
    }
}
