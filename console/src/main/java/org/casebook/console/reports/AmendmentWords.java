package org.casebook.console.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.casebook.console.Shown;
import org.casebook.query.names.RecordNames;
import org.casebook.query.reporting.Report;
import org.casebook.query.reporting.Reports;
import org.casebook.query.reporting.files.Readable;
import org.casebook.query.reporting.submission.Amendment;
import org.casebook.query.reporting.submission.Submission;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * An amendment in words: each line of the submitted report that changed ("Funds by country, Haiti: obligated was
 * USD 15,000.00, is now USD 13,000.00"), with cases by title, countries by name, funding sources by authority and
 * values as the report's PDF prints them; and each entry recorded since that changed it.
 */
@Component
public record AmendmentWords(RecordNames names, Shown shown, Reports reports) {

    /** The tables whose lines are named by their case first ({@code caseId/D-3}). */
    private static final Set<String> CASE_TABLES = Set.of("cases", "decisions", "handovers-completed", "open-risks",
                                                          "overdue");
    /** How a value is printed: the PDF's form of a report. */
    private static final Readable PRINTED = new Readable(null, true);

    public List<String> changes(Submission submission, Amendment amendment, Authentication caller) {
        Function<String, String> titles = cases(caller);
        Supplier<Map<String, String>> sources = sources(submission);
        List<String> changes = new ArrayList<>();
        for (Amendment.Change change : amendment.changes()) {
            String line = Readable.section(change.table()) + line(change.table(), change.row(), titles, sources);
            if (change.submitted() == null) {
                changes.add(line + ": a line added" + values(change.table(), "", change.now()) + ".");
            } else if (change.now() == null) {
                changes.add(line + ": no longer in the report" + values(change.table(), "it was ", change.submitted())
                                    + ".");
            } else {
                changes.add(line + ": " + Readable.column(change.field()).toLowerCase(Locale.ROOT)
                                    + " was " + value(change.field(), change.submitted()) + ", is now "
                                    + value(change.field(), change.now()) + ".");
            }
        }
        return changes;
    }

    /**
     * A whole line's values, after it is said to be added or gone: none for a line of a case, which its title
     * already names (its values are the case's id, codes and flags, not words).
     */
    private static String values(String table, String before, String row) {
        return CASE_TABLES.contains(table) ? "" : " (" + before + row.replace(",", ", ") + ")";
    }

    /** Each entry recorded since the report was built that can have changed it, as a sentence. */
    public List<String> entries(Submission submission, Amendment amendment, Authentication caller) {
        Supplier<Map<String, String>> sources = sources(submission);
        return amendment.entries().stream().map(entry -> Readable.column(entry.type())
                + (entry.recordId() == null ? "" : names.caseTitle(caller, entry.recordId())
                        .map(title -> "case \"" + title + "\"")
                        .or(() -> Optional.ofNullable(sources.get().get(entry.recordId())))
                        .map(record -> " on " + record).orElse(""))
                + ", taking effect " + shown.time(entry.effectiveAt()) + ", recorded " + shown.time(entry.recordedAt())
                + (entry.user() == null ? "" : " by " + entry.user()) + " (journal position " + entry.position() + ")")
                        .toList();
    }

    /** The line a change is on, after its table's title: ", case "Darfur border" D-3", ", Haiti", "" for counts. */
    private String line(String table, String row, Function<String, String> titles,
                        Supplier<Map<String, String>> sources) {
        if (table.equals("case-counts")) {
            return "";
        }
        if (row.equals(Report.TOTAL)) {
            return ", total";
        }
        if (CASE_TABLES.contains(table)) {
            String[] parts = row.split("/", 2);
            return ", " + titles.apply(parts[0]) + (parts.length > 1 ? " " + parts[1].replace('/', ' ') : "");
        }
        if (table.equals("funds-by-country")) {
            return ", " + shown.country(row);
        }
        if (table.equals("funds-by-source")) {
            return ", " + sources.get().getOrDefault(row, "funding source " + row);
        }
        return ", " + (row.matches("[A-Z][A-Z_]*") ? Readable.words(row) : row);
    }

    private static String value(String field, String value) {
        return value.isEmpty() ? "blank" : PRINTED.value(field, value);
    }

    /** A case by its title, as the reader may know it ("a case" where they may not), each looked up once. */
    private Function<String, String> cases(Authentication caller) {
        Map<String, String> known = new HashMap<>();
        return caseId -> known.computeIfAbsent(caseId, id -> names.caseTitle(caller, id)
                .map(title -> "case \"" + title + "\"").orElse("a case"));
    }

    /** The funding sources of the report as it is now, by authority and fiscal year, read once if needed. */
    private Supplier<Map<String, String>> sources(Submission submission) {
        Map<String, String> sources = new HashMap<>();
        boolean[] read = {false};
        return () -> {
            if (!read[0]) {
                read[0] = true;
                reports.build(submission.about(), null, submission.edition()).tables().stream()
                       .filter(table -> table.name().equals("funds-by-source")).findFirst()
                       .ifPresent(table -> table.rows().forEach(row -> sources.put(
                               row.get(0), row.get(1) + (row.get(2).isEmpty() ? "" : " FY" + row.get(2)))));
            }
            return sources;
        };
    }
}
