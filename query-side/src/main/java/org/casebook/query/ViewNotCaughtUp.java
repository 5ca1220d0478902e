package org.casebook.query;

import java.time.Duration;

/** A view has not yet processed a position the client asked to see (answered with 503 and Retry-After). */
public class ViewNotCaughtUp extends RuntimeException {

    public ViewNotCaughtUp(String view, long wanted, long reached, Duration waited) {
        super("the " + view + " view has reached journal position " + reached + ", not yet " + wanted
                + " (waited " + waited.toMillis() + " ms); retry shortly");
    }
}
