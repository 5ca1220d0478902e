package org.casebook.benchmarks.stores;

/** What the harness measures, with the target for Casebook's journal against one of Axon's stores. */
enum Measure {

    APPENDS_ONE_WRITER("appends, 1 thread", "events/s", true, "JPA/H2", 1.5),
    APPENDS_EIGHT_WRITERS("appends, 8 threads", "events/s", true, "JPA/H2", 2.0),
    REPLAY("replay into a projection", "events/s", true, "in-memory", 1.0),
    LOAD("load of the long case", "ms", false, "JPA/H2", 0.1);

    final String label;
    final String unit;
    final boolean higherIsBetter;
    /** The short name of the store the target compares with. */
    final String targetAgainst;
    /** Casebook's figure divided by that store's: at least this when higher is better, at most when lower. */
    final double targetRatio;

    Measure(String label, String unit, boolean higherIsBetter, String targetAgainst, double targetRatio) {
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.targetAgainst = targetAgainst;
        this.targetRatio = targetRatio;
    }

    boolean met(double ratio) {
        return higherIsBetter ? ratio >= targetRatio : ratio <= targetRatio;
    }

    String target() {
        return (higherIsBetter ? ">= " : "<= ") + targetRatio + "x " + targetAgainst;
    }
}
