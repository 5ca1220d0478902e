package org.casebook.kernel;

/**
 * A value type that is written in JSON as its one component ({@code "CB-..."}, not {@code {"value": ...}}).
 * Implemented by single-component records; the journal's JSON mapping honours it.
 */
public interface SingleValue {

    /** The component as it appears in JSON. */
    Object value();
}
