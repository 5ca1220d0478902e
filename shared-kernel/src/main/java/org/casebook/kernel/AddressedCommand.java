package org.casebook.kernel;

/** A command to one aggregate of the record (a case, a responder), which it names by its id. */
public interface AddressedCommand {

    String targetId();
}
