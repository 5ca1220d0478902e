package org.casebook.query;

import java.util.List;
import org.casebook.kernel.refusal.InvalidInput;

/** The names of the views: each is one Axon processing group with its own tracking token and collection. */
public final class Views {

    public static final String BOARD = "board";
    public static final String CASE_FILE = "case-file";
    public static final String TIMELINE = "timeline";
    public static final String HISTORY = "case-history";
    public static final String ROSTER = "roster";
    public static final String STAFFING = "staffing";
    public static final String FUNDS = "funds";
    public static final String HANDOVERS = "handovers";
    public static final String SUBMISSIONS = "submissions";
    public static final List<String> ALL = List.of(BOARD, CASE_FILE, TIMELINE, HISTORY, ROSTER, STAFFING, FUNDS,
                                                   HANDOVERS, SUBMISSIONS);

    private Views() {
    }

    /** {@code view}, if it names a view; refused ({@link InvalidInput}, 400) otherwise. */
    public static String known(String view) {
        if (!ALL.contains(view)) {
            throw new InvalidInput("view", "no view " + view + "; the views are " + ALL);
        }
        return view;
    }
}
