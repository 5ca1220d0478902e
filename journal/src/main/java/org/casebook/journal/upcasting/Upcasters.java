package org.casebook.journal.upcasting;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/** Every upcaster of Casebook's stored events, in the order they apply. Every reader of the journal uses them. */
public final class Upcasters {

    private Upcasters() {
    }

    public static EventUpcaster chain() {
        return new EventUpcasterChain(new DecisionSensitivityUpcaster(), new ReportSubjectUpcaster(),
                                     new ReportLayoutUpcaster(), new LeadMoveUpcaster(),
                                     new AcceptorNameUpcaster());
    }
}
