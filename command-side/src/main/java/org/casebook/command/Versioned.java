package org.casebook.command;

import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;

/**
 * A record a client changes from the version it read (HTTP If-Match): a case, a responder, a deployment, a funding
 * source. Its version is its number of entries, counted the same way for each: the sequence number of its last
 * entry, plus one (the version a {@link Receipt} gives). A command that names another version is refused before the
 * record decides anything ({@link StaleVersion}, 412).
 */
public interface Versioned {

    /** The record as a refusal names it, such as {@code case 5f0c...}. */
    String versionedRecord();

    /**
     * If the sender said which version it changes, the record must still be at that version. Runs before each of the
     * record's command handlers; a desk that loads the record itself calls it inside the record's lifecycle.
     */
    @CommandHandlerInterceptor
    default void requireExpectedVersion(@MetaDataValue(CommandMetadata.EXPECTED_VERSION) Long expectedVersion) {
        long current = currentVersion();
        if (expectedVersion != null && expectedVersion != current) {
            throw new StaleVersion(versionedRecord(), expectedVersion, current);
        }
    }

    /** The version of the record whose lifecycle is current: 0 before its first entry. */
    static long currentVersion() {
        Long lastSequence = AggregateLifecycle.getVersion();
        return lastSequence == null ? 0 : lastSequence + 1;
    }
}
