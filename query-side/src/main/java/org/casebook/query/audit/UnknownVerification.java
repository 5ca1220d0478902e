package org.casebook.query.audit;

import org.casebook.query.NotFound;

/** No verification run has this id (or it ended long enough ago to be forgotten): 404. */
public class UnknownVerification extends NotFound {

    public UnknownVerification(String id) {
        super("verification", "verification run", "no verification run " + id + " is known; runs are kept "
                + VerificationRuns.KEPT_AFTER_END.toMinutes() + " minutes after they end");
    }
}
