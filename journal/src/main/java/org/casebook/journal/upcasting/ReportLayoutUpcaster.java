package org.casebook.journal.upcasting;

import com.fasterxml.jackson.databind.node.IntNode;

/**
 * {@code ReportSubmitted} revision 2 to 3: a submission records the layout its files were made in, so that a
 * later layout does not make it fail to verify. Before, there was one layout: revision 2 reads as
 * {@code "layout": 1}.
 */
public final class ReportLayoutUpcaster extends AddedFieldUpcaster {

    public ReportLayoutUpcaster() {
        super("ReportSubmitted", "2", "3", "layout", IntNode.valueOf(1));
    }
}
