package org.casebook.command;

/** Metadata keys that only commands carry; they are not copied onto events. */
public final class CommandMetadata {

    /** The case version (number of entries) the sender saw; the case refuses the command if it has moved on. */
    public static final String EXPECTED_VERSION = "expectedVersion";

    /** Present (true) when the sender's account is cleared for SBU: what they were shown depends on it. */
    public static final String CLEARED_FOR_SBU = "clearedForSbu";

    private CommandMetadata() {
    }
}
