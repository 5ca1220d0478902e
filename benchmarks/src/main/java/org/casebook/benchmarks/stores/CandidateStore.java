package org.casebook.benchmarks.stores;

import java.nio.file.Path;

/** One of the event stores compared: opened fresh, in a folder of its own, for each round. */
interface CandidateStore {

    /** How the figures name it. */
    String name();

    /** A short name for the ratios' lines. */
    String shortName();

    OpenedStore open(Path folder) throws Exception;
}
