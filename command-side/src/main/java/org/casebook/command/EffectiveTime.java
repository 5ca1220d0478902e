package org.casebook.command;

import java.time.Instant;

import org.casebook.kernel.refusal.Mention;

/** When an entry may take effect in the world: never before the record it belongs to began there. */
public enum EffectiveTime implements Rule {
    EFFECTIVE_BEFORE_OPENING;

    /**
     * Refuses an {@code effectiveAt} (ISO-8601, as commands carry it) before {@code began}, when both are known;
     * {@code record} is the record that began then, named to the reader as they may know it.
     */
    public static void requireNotBefore(Instant began, String effectiveAt, Mention record) {
        if (began != null && effectiveAt != null && Instant.parse(effectiveAt).isBefore(began)) {
            throw EFFECTIVE_BEFORE_OPENING.brokenAbout("effectiveAt", "effectiveAt " + effectiveAt + " is before ",
                                                       record, " began, on " + began);
        }
    }
}
