package org.casebook.kernel;

import java.util.Collection;

/**
 * Need-to-know, the one rule for SBU text: the text of an SBU entry, and everything of an SBU case, goes only to
 * accounts that hold SBU clearance, whatever their role. Everyone else sees that the entry exists, with its
 * metadata (what kind, when, who, in which role), and {@link #WITHHELD} where its text would be.
 */
public final class Clearance {

    /** The authority an account cleared for SBU holds. */
    public static final String SBU = "CLEARANCE:SBU";
    /** What an uncleared reader sees in place of SBU text. */
    public static final String WITHHELD = "[withheld: SBU]";

    private Clearance() {
    }

    /** Whether an account with these authorities may read SBU text. */
    public static boolean holdsSbu(Collection<String> authorities) {
        return authorities.contains(SBU);
    }
}
