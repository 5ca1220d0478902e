package org.casebook.server.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.casebook.server.cli.CasebookCli;
import picocli.CommandLine;

/** Runs {@code ./casebook} in the test's process, as a user would run it, keeping what it printed. */
public final class CommandLines {

    private CommandLines() {
    }

    /** Runs the command line with these arguments, printing to {@code out} and {@code err}; its exit code. */
    public static int run(StringWriter out, StringWriter err, List<String> arguments) {
        CommandLine cli = new CommandLine(new CasebookCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(arguments.toArray(String[]::new));
    }

    public static int run(StringWriter out, StringWriter err, String... arguments) {
        return run(out, err, List.of(arguments));
    }

    /** As {@link #run}, pointed at the store of a (stopped) instance. */
    public static int runOn(CasebookInstance stopped, StringWriter out, StringWriter err, String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(stopped.storeOptions());
        return run(out, err, all);
    }
}
