package org.casebook.kernel.crisis;

import java.util.Objects;

/** One typed finding of an assessment. */
public record Finding(FindingType type, String text) {

    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }
}
