package org.casebook.kernel.crisis;

import java.util.Locale;

/** The stages of a case, in their usual order. A case may move back, or skip ahead with a reason. */
public enum Stage {
    WATCH, ASSESSMENT, POLICY, PLANNING, OPERATIONS, TRANSITION, CLOSED;

    public boolean isAfter(Stage other) {
        return ordinal() > other.ordinal();
    }

    /** The stage as a person names it, in a sentence ("Assessment"), where the record writes ASSESSMENT. */
    public String word() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ENGLISH);
    }

    /** The stage that follows this one in the usual order, or this one when it is the last. */
    public Stage next() {
        Stage[] all = values();
        return ordinal() + 1 < all.length ? all[ordinal() + 1] : this;
    }
}
