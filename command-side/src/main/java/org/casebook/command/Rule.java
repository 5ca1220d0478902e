package org.casebook.command;

import java.util.List;

import org.casebook.kernel.refusal.Mention;

/** A rule of the record, as an enum constant: clients see its stable name, such as {@code case-is-closed}. */
public interface Rule {

    String name();

    /** The rule's stable name, as clients see it. */
    default String id() {
        return name().toLowerCase().replace('_', '-');
    }

    default RuleViolation broken(String field, String message) {
        return new RuleViolation(id(), field, message);
    }

    /** Broken, with a message of texts and {@link Mention}s of the records it names. */
    default RuleViolation brokenAbout(String field, Object... parts) {
        return new RuleViolation(id(), field, List.of(parts));
    }
}
