package org.casebook.query;

/** No case has this id (answered with 404). */
public class UnknownCase extends RuntimeException {

    public UnknownCase(String caseId) {
        super("no crisis case has the id " + caseId);
    }
}
