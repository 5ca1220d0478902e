package org.casebook.query.handover;

/** The case has no handover with this id (answered with 404). */
public class UnknownHandover extends RuntimeException {

    public UnknownHandover(String caseId, String handoverId) {
        super("case " + caseId + " has no handover " + handoverId);
    }
}
