package org.casebook.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;

/**
 * What every command that answers an exit code shares: its picocli spec, and one convention for that code, the
 * same as picocli's own (which exits 2 on a usage error).
 */
abstract class CasebookCommand implements Callable<Integer> {

    /** It did what was asked, and the answer is yes: shown, written, intact, rebuilt. */
    static final int DONE = 0;
    /** It ran, and the answer is no: not there, not intact, the rebuild failed. */
    static final int NO = 1;
    /** It could not run: no data, a held store, a bad argument, no answer from the server. */
    static final int COULD_NOT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error, to throw: picocli prints {@code message} and the usage, and exits {@link #COULD_NOT}. */
    CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
