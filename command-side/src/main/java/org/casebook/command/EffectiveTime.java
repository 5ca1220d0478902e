package org.casebook.command;

import java.time.Instant;

/** When an entry may take effect in the world: never before the record it belongs to began there. */
public enum EffectiveTime implements Rule {
    EFFECTIVE_BEFORE_OPENING;

    /** Refuses an {@code effectiveAt} (ISO-8601, as commands carry it) before {@code began}, when both are known. */
    public static void requireNotBefore(Instant began, String effectiveAt, String record) {
        if (began != null && effectiveAt != null && Instant.parse(effectiveAt).isBefore(began)) {
            throw EFFECTIVE_BEFORE_OPENING.broken("effectiveAt", "effectiveAt " + effectiveAt + " is before "
                                                  + record + " began, on " + began);
        }
    }
}
