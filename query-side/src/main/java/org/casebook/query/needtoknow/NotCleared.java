package org.casebook.query.needtoknow;

/** The caller asked for something that holds SBU text as such and needs SBU clearance (answered with 403). */
public class NotCleared extends RuntimeException {

    public NotCleared(String user, String what) {
        super(user + " may not read " + what + ": it needs SBU clearance");
    }
}
