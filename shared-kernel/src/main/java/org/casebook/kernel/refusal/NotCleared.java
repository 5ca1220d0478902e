package org.casebook.kernel.refusal;

/**
 * The caller asked to read or submit something that holds SBU text as such, and needs SBU clearance
 * ({@link org.casebook.kernel.Clearance}): answered with 403. A refusal for the caller's role is not this: the
 * launcher's security refuses those.
 */
public class NotCleared extends RuntimeException {

    /** {@code user} may not {@code act} ("read the journal export", "submit the SBU edition"). */
    public NotCleared(String user, String act) {
        super(user + " may not " + act + ": it needs SBU clearance");
    }
}
