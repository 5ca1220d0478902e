package org.casebook.benchmarks.stores;

/**
 * How much work a run does. Arguments, in order, all optional: rounds, cases appended by one writer, cases appended
 * by eight writers (shared among them), events of the long case, loads of it timed.
 */
record Sizes(int rounds, int singleWriterCases, int eightWriterCases, int longCaseEvents, int loads) {

    /** A few minutes on two cores: Casebook's journal takes most of it. */
    static final Sizes DEFAULT = new Sizes(3, 500, 1_500, 2_000, 9);
    static final int EVENTS_PER_CASE = 10;
    static final int WRITERS = 8;

    static Sizes from(String[] args) {
        int[] values = {DEFAULT.rounds, DEFAULT.singleWriterCases, DEFAULT.eightWriterCases, DEFAULT.longCaseEvents,
                DEFAULT.loads};
        if (args.length > values.length) {
            throw new IllegalArgumentException("at most " + values.length
                    + " arguments: rounds, cases (1 writer), cases (8 writers), events of the long case, loads");
        }
        for (int i = 0; i < args.length; i++) {
            values[i] = Integer.parseInt(args[i]);
            if (values[i] < 1) {
                throw new IllegalArgumentException("argument " + (i + 1) + " must be at least 1, not " + args[i]);
            }
        }
        return new Sizes(values[0], values[1], values[2], values[3], values[4]);
    }

    /**
     * Half the work, for the warm-up round that is not counted: Hibernate's appends, for one, run three times as
     * fast after a few thousand commands as in the first hundred.
     */
    Sizes warmUp() {
        return new Sizes(1, Math.max(1, singleWriterCases / 2), Math.max(WRITERS, eightWriterCases / 2),
                         Math.max(EVENTS_PER_CASE, longCaseEvents / 2), loads);
    }

    long totalEvents() {
        return (long) (singleWriterCases + eightWriterCases) * EVENTS_PER_CASE + longCaseEvents;
    }

    @Override
    public String toString() {
        return rounds + " rounds; appends: " + singleWriterCases + " cases with 1 writer, " + eightWriterCases
                + " cases with " + WRITERS + " writers, " + EVENTS_PER_CASE
                + " events each, one per command; load: a case of "
                + longCaseEvents + " events (one per unit of work), loaded " + loads + " times; replay: the whole store (" + totalEvents()
                + " events)";
    }
}
