package org.casebook.kernel.refusal;

import java.util.Locale;

/**
 * A record that a rule's message names. The message itself names it by id ({@link #toString()}), so that nothing
 * personal reaches a log; the answer to the person who sent the command names it by name or title, where they may
 * read it (see a rule violation's message).
 */
public record Mention(Kind kind, String id) {

    public enum Kind { RESPONDER, CASE, DEPLOYMENT }

    public static Mention responder(Object id) {
        return new Mention(Kind.RESPONDER, String.valueOf(id));
    }

    public static Mention crisis(Object id) {
        return new Mention(Kind.CASE, String.valueOf(id));
    }

    public static Mention deployment(Object id) {
        return new Mention(Kind.DEPLOYMENT, String.valueOf(id));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + " " + id;
    }
}
