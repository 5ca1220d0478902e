package org.casebook.query.reporting;

/** No report submission has this id (answered with 404). */
public class UnknownSubmission extends RuntimeException {

    public UnknownSubmission(String id) {
        super("no report submission has the id " + id);
    }
}
