package org.casebook.query.reporting;

/** The funding source has no allocation or obligation with this number (answered with 404). */
public class UnknownEntry extends RuntimeException {

    public UnknownEntry(String sourceId, String entry) {
        super("funding source " + sourceId + " has no allocation or obligation " + entry);
    }
}
