package org.casebook.query.funds;

import org.casebook.query.NotFound;

/** No funding source has this id (answered with 404). */
public class UnknownFundingSource extends NotFound {

    public UnknownFundingSource(String sourceId) {
        super("funding-source", "funding source", "no funding source has the id " + sourceId);
    }
}
