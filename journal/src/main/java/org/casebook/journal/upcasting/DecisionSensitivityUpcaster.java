package org.casebook.journal.upcasting;

/**
 * {@code DecisionRecorded} revision 1 to 2: decisions gained their own sensitivity marking. A decision recorded
 * before that carries the marking of its case, which revision 2 writes as {@code "sensitivity": null}. The stored
 * event is not changed; it is read as revision 2.
 */
public final class DecisionSensitivityUpcaster extends AddedFieldUpcaster {

    public DecisionSensitivityUpcaster() {
        super("DecisionRecorded", "1", "2", "sensitivity");
    }
}
