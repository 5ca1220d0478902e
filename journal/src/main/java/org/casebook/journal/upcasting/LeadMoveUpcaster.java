package org.casebook.journal.upcasting;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * {@code HandoverAccepted} revision 1 to 2: an acceptance says when the lead moves. Until then Casebook moved it at
 * once, on acceptance, whatever the effective date: revision 1 reads as {@code "leadMoves": "ON_ACCEPTANCE"}, as
 * it happened.
 */
public final class LeadMoveUpcaster extends AddedFieldUpcaster {

    public LeadMoveUpcaster() {
        super("HandoverAccepted", "1", "2", "leadMoves", TextNode.valueOf("ON_ACCEPTANCE"));
    }
}
