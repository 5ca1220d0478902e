package org.casebook.query.reporting;

import org.casebook.query.NotFound;

/** No report submission has this id (answered with 404). */
public class UnknownSubmission extends NotFound {

    public UnknownSubmission(String id) {
        super("submission", "submission", "no report submission has the id " + id);
    }
}
