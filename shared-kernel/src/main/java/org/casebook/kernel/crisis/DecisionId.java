package org.casebook.kernel.crisis;

import org.casebook.kernel.SingleValue;

/** A decision within its case: D-1, D-2, ... in the order they were recorded. */
public record DecisionId(String value) implements SingleValue {

    public DecisionId {
        Numbered.require("D", value);
    }

    public static DecisionId number(int n) {
        return new DecisionId("D-" + n);
    }

    public static boolean isValid(String value) {
        return Numbered.matches("D", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
