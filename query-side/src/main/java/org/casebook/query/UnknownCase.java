package org.casebook.query;

/** No case has this id, or it did not exist at the moment asked about (answered with 404). */
public class UnknownCase extends NotFound {

    public UnknownCase(String caseId) {
        this("case", "no crisis case has the id " + caseId);
    }

    private UnknownCase(String kind, String message) {
        super(kind, "case", message);
    }

    /** For a case that exists but not as asked (not yet opened then, or without that decision). */
    public static UnknownCase saying(String message) {
        return new UnknownCase("case", message);
    }
}
