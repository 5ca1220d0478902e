package org.casebook.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.casebook.journal.CommitStore;
import org.casebook.journal.accesslog.AccessLogProblem;
import org.casebook.journal.accesslog.AccessLogReport;
import org.casebook.journal.accesslog.AccessLogStore;
import org.casebook.journal.digest.DigestKey;
import org.casebook.journal.digest.DigestLog;
import org.casebook.journal.digest.DigestPublicKey;
import org.casebook.journal.digest.TrustedKeys;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalJson;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.store.Store;
import org.casebook.journal.verify.Anchor;
import org.casebook.journal.verify.DigestCheck;
import org.casebook.journal.verify.JournalVerifier;
import org.casebook.journal.verify.Problem;
import org.casebook.journal.verify.VerificationReport;
import org.casebook.query.ViewProgress;
import org.casebook.query.catalog.ViewCatalog;
import org.casebook.query.rebuild.ViewRebuilds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "verify", mixinStandardHelpOptions = true,
         description = {"Verify the journal: recompute its hash chain and check positions and case sequences, prove "
                 + "every head digest Casebook signed (its signature, and that the journal still holds it), and "
                 + "verify the access log's chain; with --anchor, prove that a digest published earlier still holds.",
                 "Works on a stopped server's data folder, or on MongoDB. Exit code: 0 intact, 1 not intact, "
                         + "2 could not verify."})
final class VerifyCommand extends CasebookCommand {

    @Option(names = "--from", defaultValue = "1", description = "first position to verify (default: ${DEFAULT-VALUE})")
    long from;

    @Option(names = "--anchor", description = "a published digest POSITION:HASH that must still hold")
    String anchor;

    @Option(names = "--key-file", description = "the digest signing key whose public half checks the signed digests "
            + "(default: digest-signing.key in the data folder, if it is there)")
    Path keyFile;

    @Option(names = "--public-key", description = "a public key (base64 or PEM, or a PEM file) whose signed digests "
            + "to accept; repeat for several")
    List<String> publicKeys = new ArrayList<>();

    @CommandLine.Mixin
    StoreOptions where;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Option(names = "--views", description = "also check every stored view against a fold of the journal, up to "
            + "where each view got, and name each document that differs")
    boolean views;

    /** Folds the journal into a scratch copy of each view, up to its stored token, and names what differs. */
    private static boolean checkViews(Store store, PrintWriter out, PrintWriter err) throws Exception {
        JournalSerializer events = JournalSerializer.create(EventTypes.published());
        ViewRebuilds rebuilds = ViewRebuilds.onStore(store.database(), store.journal().serializer(events).build(),
                                                     events);
        Serializer tokens = JacksonSerializer.builder().objectMapper(JournalJson.newMapper()).build();
        boolean hold = true;
        for (String view : ViewCatalog.NAMES) {
            err.println("Checking the " + view + " view ...");
            ViewRebuilds.Check check = rebuilds.checkAt(view, ViewProgress.storedPosition(store.database(), tokens,
                                                                                          view));
            out.printf("view %s: %,d documents up to position %,d: %s%n", view, check.documents(), check.position(),
                       check.holds() ? "as the journal says" : check.differences().size() + " differ");
            check.differences().forEach(difference -> out.printf("  %s %s %s%n", difference.kind(),
                                                                 difference.collection(), difference.id()));
            hold &= check.holds();
        }
        return hold;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        Anchor published;
        try {
            published = anchor == null ? null : Anchor.parse(anchor);
        } catch (IllegalArgumentException e) {
            throw usageError("--anchor: " + e.getMessage());
        }
        if (published != null && from > 1) {
            throw usageError("--anchor vouches for the whole history: leave out --from");
        }
        TrustedKeys keys = trustedKeys();
        return where.run(err, "verify", "GET /api/journal/verify", store -> {
            boolean positionOrder = !store.isEmbedded();
            JournalVerifier verifier = new JournalVerifier(store.commits(),
                                                           positionOrder, JournalVerifier.PROGRESS_EVERY)
                    .withDigests(new DigestLog(store.database(), positionOrder), keys)
                    .withAccessLog(new AccessLogStore(store.database(), positionOrder));
            if (keys.isEmpty()) {
                err.println("No digest key in " + defaultKeyFile() + " and no --public-key: signed digests are "
                                    + "compared with the journal, but their signatures cannot be checked.");
            }
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
            boolean viewsHold = !views || checkViews(store, out, err);
            return report.intact() && viewsHold ? DONE : NO;
        });
    }

    /** The key file's public key (when there is one) and those given; none when neither is. */
    private TrustedKeys trustedKeys() {
        List<DigestPublicKey> keys = new ArrayList<>();
        Path file = keyFile != null ? keyFile : defaultKeyFile();
        try {
            if (keyFile != null || Files.exists(file)) {
                keys.add(DigestPublicKey.read(file));
            }
            for (String key : publicKeys) {
                keys.add(Files.isRegularFile(Path.of(key)) ? DigestPublicKey.read(Path.of(key))
                                                            : DigestPublicKey.parse(key));
            }
        } catch (RuntimeException e) {
            throw usageError(e.getMessage());
        }
        return TrustedKeys.of(keys);
    }

    private Path defaultKeyFile() {
        return where.data.resolve(DigestKey.FILE_NAME);
    }

    private static void recordAccess(Store store, VerificationReport report) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", report.from());
        details.put("anchor", report.anchor() == null ? null : report.anchor().toString());
        details.put("intact", report.intact());
        StoreOptions.recordAccess(store, "verify journal (command line)", details);
    }

    /** What each aggregate type's stream is, in words, singular and plural. */
    private static final Map<String, String[]> STREAM_WORDS = Map.of(
            "Crisis", new String[] {"case", "cases"}, "Responder", new String[] {"responder", "responders"},
            "Deployment", new String[] {"deployment", "deployments"},
            "FundingSource", new String[] {"funding source", "funding sources"},
            "ReportSubmission", new String[] {"report submission", "report submissions"},
            "BodyDirectory", new String[] {"body directory", "body directories"});

    /** {@code 4 streams (1 case, 2 responders, 1 deployment)}: every stream is counted, and called what it is. */
    static String streams(VerificationReport.Streams streams) {
        List<String> kinds = new ArrayList<>();
        streams.byType().forEach((type, count) -> {
            String[] words = STREAM_WORDS.getOrDefault(type, new String[] {type + " stream", type + " streams"});
            kinds.add(counted(count, words[0], words[1]));
        });
        return counted(streams.total(), "stream", "streams")
                + (kinds.isEmpty() ? "" : " (" + String.join(", ", kinds) + ")");
    }

    /** {@code 1 entry}, {@code 2 entries}. */
    private static String counted(long count, String one, String many) {
        return String.format("%,d %s", count, count == 1 ? one : many);
    }

    private static void print(PrintWriter out, VerificationReport report) {
        out.printf("%s: %s, %s, %s, positions %,d to %,d, in %,d ms%n",
                   report.intact() ? "INTACT" : "NOT INTACT", counted(report.commits(), "commit", "commits"),
                   counted(report.events(), "event", "events"),
                   streams(report.streams()), report.from(), report.verifiedTo(), report.tookMillis());
        out.println("head: " + report.verifiedTo() + ":" + report.hash());
        if (report.anchor() != null) {
            out.println("anchor " + report.anchor() + (Boolean.TRUE.equals(report.anchorHolds()) ? " holds"
                    : " does NOT hold"));
        }
        DigestCheck digests = report.digests();
        if (digests != null) {
            out.printf("signed digests: %,d checked%s, %s%n", digests.checked(),
                       digests.latest() == null ? "" : ", the latest that holds at " + digests.latest(),
                       digests.signaturesChecked() ? "signatures checked with key " + String.join(", ", digests.keys())
                                                   : "signatures NOT checked (no public key)");
        }
        for (Problem problem : report.problems()) {
            out.println("  " + problem.kind() + " at " + problem.position() + ": " + problem.detail());
        }
        if (report.problemsOmitted() > 0) {
            out.println("  ... and " + report.problemsOmitted() + " more problems");
        }
        AccessLogReport accessLog = report.accessLog();
        if (accessLog != null) {
            out.printf("access log: %s, %s, up to %d:%s%s%n", accessLog.intact() ? "intact" : "NOT intact",
                       counted(accessLog.entries(), "entry", "entries"), accessLog.lastEntry(), accessLog.hash(),
                       accessLog.beforeChain() == 0 ? ""
                               : String.format(" (and %,d from before the chain, which nothing proves)",
                                               accessLog.beforeChain()));
            for (AccessLogProblem problem : accessLog.problems()) {
                out.println("  " + problem.kind() + (problem.entry() == null ? "" : " at entry " + problem.entry())
                                    + ": " + problem.detail());
            }
            if (accessLog.problemsOmitted() > 0) {
                out.println("  ... and " + accessLog.problemsOmitted() + " more problems");
            }
        }
    }
}
