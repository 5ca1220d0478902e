package org.casebook.server.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.SerializationFeature;
import org.casebook.journal.CommitStore;
import org.casebook.journal.json.JournalJson;
import org.casebook.journal.store.Store;
import org.casebook.journal.store.StoreUnavailableException;
import org.casebook.journal.verify.Anchor;
import org.casebook.journal.verify.JournalVerifier;
import org.casebook.journal.verify.Problem;
import org.casebook.journal.verify.VerificationReport;
import org.casebook.query.audit.AccessLog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", mixinStandardHelpOptions = true,
         description = {"Verify the journal: recompute its hash chain and check positions and case sequences; with "
                 + "--anchor, prove that a digest published earlier still holds.",
                 "Works on a stopped server's data folder, or on MongoDB. Exit code: 0 intact, 1 not intact, "
                         + "2 could not verify."})
final class VerifyCommand implements Callable<Integer> {

    static final int INTACT = 0;
    static final int NOT_INTACT = 1;
    static final int COULD_NOT_VERIFY = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", defaultValue = "1", description = "first position to verify (default: ${DEFAULT-VALUE})")
    long from;

    @Option(names = "--anchor", description = "a published digest POSITION:HASH that must still hold")
    String anchor;

    @CommandLine.Mixin
    StoreOptions where;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Anchor published;
        try {
            published = anchor == null ? null : Anchor.parse(anchor);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--anchor: " + e.getMessage());
        }
        if (published != null && from > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                                                     "--anchor vouches for the whole history: leave out --from");
        }
        try (Store store = where.open(err, "verify")) {
            if (store == null) {
                return COULD_NOT_VERIFY;
            }
            boolean positionOrder = !store.isEmbedded();
            JournalVerifier verifier = new JournalVerifier(new CommitStore(store.database(), positionOrder),
                                                           positionOrder, JournalVerifier.PROGRESS_EVERY);
            err.println("Verifying the journal in " + store.description() + " ...");
            VerificationReport report = verifier.verify(from, published, progress -> err.printf(
                    "  position %,d of about %,d (%,.0f commits/s)%n", progress.position(), progress.head(),
                    progress.commitsPerSecond()));
            recordAccess(store, report);
            if (json) {
                out.println(JournalJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT)
                                       .writeValueAsString(report));
            } else {
                print(out, report);
            }
            return report.intact() ? INTACT : NOT_INTACT;
        } catch (StoreUnavailableException e) {
            StoreOptions.explainHeld(err, "verify", e, "GET /api/journal/verify");
            return COULD_NOT_VERIFY;
        }
    }

    private static void recordAccess(Store store, VerificationReport report) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", report.from());
        details.put("anchor", report.anchor() == null ? null : report.anchor().toString());
        details.put("intact", report.intact());
        new AccessLog(store.database(), Clock.systemUTC())
                .record(System.getProperty("user.name"), "OPERATOR", "verify journal (command line)", details);
    }

    private static void print(PrintWriter out, VerificationReport report) {
        out.printf("%s: %,d commits, %,d events, %,d cases, positions %,d to %,d, in %,d ms%n",
                   report.intact() ? "INTACT" : "NOT INTACT", report.commits(), report.events(), report.cases(),
                   report.from(), report.verifiedTo(), report.tookMillis());
        out.println("head: " + report.verifiedTo() + ":" + report.hash());
        if (report.anchor() != null) {
            out.println("anchor " + report.anchor() + (Boolean.TRUE.equals(report.anchorHolds()) ? " holds"
                    : " does NOT hold"));
        }
        for (Problem problem : report.problems()) {
            out.println("  " + problem.kind() + " at " + problem.position() + ": " + problem.detail());
        }
        if (report.problemsOmitted() > 0) {
            out.println("  ... and " + report.problemsOmitted() + " more problems");
        }
    }
}
