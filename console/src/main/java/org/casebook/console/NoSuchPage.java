package org.casebook.console;

/** A console address that names no page (a form that does not exist, say): the not-found page, as for a record. */
public class NoSuchPage extends RuntimeException {

    public NoSuchPage(String what) {
        super(what);
    }
}
