package org.casebook.query.roster;

import org.casebook.query.NotFound;

/** No responder has this id (answered with 404). */
public class UnknownResponder extends NotFound {

    public UnknownResponder(String responderId) {
        super("responder", "responder", "no responder has the id " + responderId);
    }
}
