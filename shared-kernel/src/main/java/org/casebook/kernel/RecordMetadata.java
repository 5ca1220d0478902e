package org.casebook.kernel;

/**
 * The metadata every recorded event carries: who decided, in which role, when it took effect in the world, and
 * the correlation (the request that started it) and causation (the message that directly caused it). The user
 * and role come from the authenticated principal, never from a request body; the recorded time is the journal's.
 */
public final class RecordMetadata {

    public static final String USER = "user";
    public static final String ROLE = "role";
    /** When it happened in the world, ISO-8601; defaults to the time of recording, may lie in the past. */
    public static final String EFFECTIVE_AT = "effectiveAt";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    private RecordMetadata() {
    }
}
