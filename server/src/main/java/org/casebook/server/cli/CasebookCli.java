package org.casebook.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./casebook}: the one front door to Casebook. Each subcommand is a class of its own. */
@Command(name = "casebook", mixinStandardHelpOptions = true, version = "Casebook 0.1.0",
         description = "Casebook: the record of decisions on crisis cases.",
         subcommands = {StartCommand.class, VerifyCommand.class, AsOfCommand.class, RebuildCommand.class,
                        ReportCommand.class})
public final class CasebookCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // A government record does not phone home.
        System.setProperty("axoniq.update-checker.disabled", "true");
        CommandLine cli = new CommandLine(new CasebookCli()).setCaseInsensitiveEnumValuesAllowed(true);
        int exitCode = cli.execute(args);
        if (exitCode != 0 || !StartCommand.serverIsRunning()) {
            System.exit(exitCode);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
