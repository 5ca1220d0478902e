package org.casebook.query;

/** A view document that knows the journal position of the last entry it reflects. */
public interface Positioned {

    long position();
}
