package org.casebook.query;

/**
 * The names of the views: each is one Axon processing group with its own tracking token and collections. Each view
 * is defined once, by its projection ({@link ViewDefinition}), and listed in {@code catalog.ViewCatalog}.
 */
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

    private Views() {
    }
}
