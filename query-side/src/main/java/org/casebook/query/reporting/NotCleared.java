package org.casebook.query.reporting;

/** The caller may not read the SBU edition of a report (answered with 403). */
public class NotCleared extends RuntimeException {

    public NotCleared(String user) {
        super(user + " may not read the SBU edition: it needs the REPORTER role and SBU clearance");
    }
}
