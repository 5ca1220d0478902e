package org.casebook.query;

/** No case has this id, or it did not exist at the moment asked about (answered with 404). */
public class UnknownCase extends RuntimeException {

    public UnknownCase(String caseId) {
        this("no crisis case has the id " + caseId, null);
    }

    private UnknownCase(String message, Throwable cause) {
        super(message, cause);
    }

    /** For a case that exists but not as asked (not yet opened then, or without that decision). */
    public static UnknownCase saying(String message) {
        return new UnknownCase(message, null);
    }
}
