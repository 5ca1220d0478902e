package org.casebook.console.alerts;

import java.util.function.IntSupplier;

/**
 * How many things are in the signed-in person's inbox, for the header: counted when a page first shows it, once,
 * so that a request rendering no header (a board's rows refreshing, a form's POST) reads nothing.
 */
public final class InboxCount {

    private final IntSupplier counted;
    private Integer count;

    public InboxCount(IntSupplier counted) {
        this.counted = counted;
    }

    public int value() {
        if (count == null) {
            count = counted.getAsInt();
        }
        return count;
    }
}
