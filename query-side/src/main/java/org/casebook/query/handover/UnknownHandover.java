package org.casebook.query.handover;

import org.casebook.query.NotFound;

/** The case has no handover with this id (answered with 404). */
public class UnknownHandover extends NotFound {

    public UnknownHandover(String caseId, String handoverId) {
        super("handover", "handover", "case " + caseId + " has no handover " + handoverId);
    }
}
