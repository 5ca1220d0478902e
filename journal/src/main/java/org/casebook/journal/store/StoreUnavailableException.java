package org.casebook.journal.store;

/** The store cannot be opened or reached; the message says why and what to check. */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
