package org.casebook.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.kernel.funds.EntryNumber;
import org.casebook.kernel.refusal.InvalidInput;
import org.casebook.kernel.refusal.UnknownRecord;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportSubject;
import org.casebook.kernel.reporting.ReportType;
import org.casebook.query.reporting.Report;
import org.casebook.query.reporting.ReportFiles;
import org.casebook.query.reporting.ReportLayout;
import org.casebook.query.reporting.ReportSettings;
import org.casebook.query.reporting.Reports;
import org.casebook.server.ApplicationYml;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true,
         description = {"Write a report to a folder as JSON, PDF and CSV (one file per table), built from the journal "
                 + "as of a position (default: its head), and print the position, hash and SHA-256 of each file.",
                 "  report activity --period FY2026-Q1", "  report notification SOURCE ENTRY",
                 "  report case CASE",
                 "Works on a stopped server's data folder, or on MongoDB; it is written to the access log."})
final class ReportCommand extends CasebookCommand {

    @Parameters(index = "0", paramLabel = "KIND", description = "activity, notification or case")
    String kind;

    @Parameters(index = "1..*", paramLabel = "ID", arity = "0..2",
                description = "notification: the funding source and the entry (AL-n, O-n); case: the case's id")
    List<String> ids = List.of();

    @Option(names = "--period", description = "activity: a fiscal year or quarter, such as FY2026-Q1")
    String period;

    @Option(names = "--as-of", description = "a journal position (default: the head)")
    Long asOf;

    @Option(names = "--edition", defaultValue = "standard", converter = EditionWord.class,
            description = "standard or sbu, in any case, as on the API (default ${DEFAULT-VALUE})")
    ReportEdition edition;

    /** The edition as the API names it ({@link ReportEdition#named}). */
    static final class EditionWord implements CommandLine.ITypeConverter<ReportEdition> {
        @Override
        public ReportEdition convert(String word) {
            return ReportEdition.named(word).orElseThrow(
                    () -> new CommandLine.TypeConversionException(ReportEdition.NAMES + ", not " + word));
        }
    }

    @Option(names = "--fiscal-year-start",
            description = "the month a fiscal year starts (default: casebook.reports.fiscal-year-start, as the server)")
    Month fiscalYearStart;

    @Option(names = "--out", defaultValue = "reports",
            description = "the folder to write to (default ${DEFAULT-VALUE})")
    Path out;

    @CommandLine.Mixin
    StoreOptions where;

    @Override
    public Integer call() throws Exception {
        return where.run(err(), "report", "GET /api/reports/...", store -> {
            JournalSerializer serializer = JournalSerializer.create(EventTypes.published());
            JournalStorageEngine journal = store.journal().serializer(serializer).build();
            Reports reports = Reports.offline(journal, store.database(), serializer, settings());
            Report report;
            try {
                report = reports.build(subject(), asOf, edition);
            } catch (InvalidInput e) {
                throw usageError(e.field() + ": " + e.getMessage());
            } catch (UnknownRecord e) {
                err().println("casebook report: " + e.getMessage());
                return NO;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("report", report.name());
            StoreOptions.recordAccess(store, "report (command line)", details);
            write(report, reports, out(), err());
            return DONE;
        });
    }

    /** The server's report settings from {@code application.yml}, with the fiscal year's start as given. */
    private ReportSettings settings() {
        ReportSettings configured = ApplicationYml.bind("casebook.reports", ReportSettings.class);
        return fiscalYearStart == null ? configured
                : new ReportSettings(fiscalYearStart, configured.checkpointEvery(), configured.ledgerRefresh());
    }

    private String requirePeriod() {
        if (period == null) {
            throw usageError("activity needs --period");
        }
        return period;
    }

    /** What the report is on: an activity report's period, a notification's source and entry, a case. */
    private ReportSubject subject() {
        return switch (type()) {
            case ACTIVITY -> new ReportSubject.Period(requirePeriod());
            case NOTIFICATION -> {
                requireIds(2, "notification needs the funding source and the entry, such as AL-1");
                yield new ReportSubject.Notification(ids.get(0), ids.get(1));
            }
            case CASE -> {
                requireIds(1, "case needs the case's id");
                yield new ReportSubject.Case(ids.get(0));
            }
        };
    }

    private ReportType type() {
        return ReportType.named(kind)
                         .orElseThrow(() -> usageError("KIND is activity, notification or case, not " + kind));
    }

    private void requireIds(int count, String message) {
        if (ids.size() != count) {
            throw usageError(message);
        }
    }

    /**
     * Writes the files under the names a submission records, and prints on standard output only what
     * {@code sha256sum -c} in the folder reads: the point it was built from as a comment, and a line per file.
     */
    private void write(Report report, Reports reports, PrintWriter stdout, PrintWriter err) throws IOException {
        Map<String, byte[]> files = ReportFiles.files(report, reports.stoodAt(report.builtFrom()),
                                                      ReportLayout.CURRENT);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = out.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        stdout.println("# built from position " + report.builtFrom().position() + ", hash "
                               + report.builtFrom().hash());
        report.notice().ifPresent(notice -> stdout.println("# " + notice));
        ReportFiles.digests(files).forEach((name, sha256) -> stdout.println(sha256 + "  " + name));
        err.println("written to " + out.toAbsolutePath() + " (check them there with sha256sum -c)");
    }
}
