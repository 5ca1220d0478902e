package org.casebook.query;

/** No case has this id, or it did not exist at the moment asked about (answered with 404). */
public class UnknownCase extends RuntimeException {

    public UnknownCase(String caseId) {
        super("no crisis case has the id " + caseId);
    }

    private UnknownCase(String message, boolean detailed) {
        super(message);
    }

    public static UnknownCase saying(String message) {
        return new UnknownCase(message, true);
    }
}
