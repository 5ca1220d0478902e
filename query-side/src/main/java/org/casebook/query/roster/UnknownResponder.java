package org.casebook.query.roster;

/** No responder has this id (answered with 404). */
public class UnknownResponder extends RuntimeException {

    public UnknownResponder(String responderId) {
        super("no responder has the id " + responderId);
    }
}
