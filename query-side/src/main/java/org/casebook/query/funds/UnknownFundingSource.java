package org.casebook.query.funds;

/** No funding source has this id (answered with 404). */
public class UnknownFundingSource extends RuntimeException {

    public UnknownFundingSource(String sourceId) {
        super("no funding source has the id " + sourceId);
    }
}
