package org.casebook.kernel.crisis;

import org.casebook.kernel.SingleValue;

/** An assessment within its case, ... in the order they were recorded. */
public record AssessmentId(String value) implements SingleValue {

    public AssessmentId {
        Numbered.require("A", value);
    }

    public static AssessmentId number(int n) {
        return new AssessmentId("A-" + n);
    }

    @Override
    public String toString() {
        return value;
    }
}
