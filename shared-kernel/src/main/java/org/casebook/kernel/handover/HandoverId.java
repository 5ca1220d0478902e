package org.casebook.kernel.handover;

import org.casebook.kernel.SingleValue;
import org.casebook.kernel.crisis.Numbered;

/** A handover within its case: H-1, H-2, ... in the order they were proposed. */
public record HandoverId(String value) implements SingleValue {

    public HandoverId {
        Numbered.require("H", value);
    }

    public static HandoverId number(int n) {
        return new HandoverId("H-" + n);
    }

    public static boolean isValid(String value) {
        return Numbered.matches("H", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
