package org.casebook.query.reporting;

import org.casebook.query.NotFound;

/** The funding source has no allocation or obligation with this number (answered with 404). */
public class UnknownEntry extends NotFound {

    public UnknownEntry(String sourceId, String entry) {
        super("entry", "allocation or obligation",
              "funding source " + sourceId + " has no allocation or obligation " + entry);
    }
}
