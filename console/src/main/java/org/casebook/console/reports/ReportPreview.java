package org.casebook.console.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.query.reporting.Report;
import org.casebook.query.reporting.ReportFiles;
import org.casebook.query.reporting.ReportLayout;
import org.casebook.query.reporting.files.Readable;

/**
 * A report as its page shows it: what its PDF prints (cases by title, words for codes, amounts with their
 * currency), made from the same report the files are, section by section; the table that says what the report is
 * becomes the lines about the record it was built from.
 */
public record ReportPreview(String name, String heading, String audience, List<String> summary, String notice,
                            boolean sbu, long position, String hash, Instant stoodAt, List<Section> sections) {

    /** A table of the report: its title, its columns' headings, its lines. */
    public record Section(String title, List<String> columns, List<Line> lines) {
    }

    /** A line of a table; a total is set apart. */
    public record Line(List<Cell> cells, boolean total) {
    }

    /** A value as shown; a figure is aligned on the right. */
    public record Cell(String text, boolean figure) {
    }

    private static final String COUNTRY = "country";

    /** {@code countries}: a country's name from its code, as the console names countries everywhere. */
    public static ReportPreview of(Report report, Instant stoodAt, UnaryOperator<String> countries) {
        Report shown = ReportFiles.shown(report, ReportLayout.CURRENT, true);
        List<Section> sections = shown.tables().stream().filter(table -> !table.name().equals("report"))
                                      .map(table -> section(table, countries)).toList();
        String notice = shown.notice().orElse(null);
        // the notice leads the lines under a file's title; the page shows it as a notice of its own
        List<String> summary = shown.summary().stream().filter(line -> !line.equals(notice)).toList();
        return new ReportPreview(report.name(), shown.heading(), shown.audience(), summary, notice,
                                 report.edition() == ReportEdition.SBU, report.builtFrom().position(), report.builtFrom().hash(), stoodAt, sections);
    }

    private static Section section(Report.Table table, UnaryOperator<String> countries) {
        int country = table.header().indexOf(COUNTRY);
        List<Line> lines = table.rows().stream().map(row -> {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                String value = c == country && !isTotal(row) ? countries.apply(row.get(c)) : row.get(c);
                cells.add(new Cell(value, Readable.figure(value)));
            }
            return new Line(cells, isTotal(row));
        }).toList();
        return new Section(Readable.section(table.name()), table.header().stream().map(Readable::column).toList(),
                           lines);
    }

    private static boolean isTotal(List<String> row) {
        return !row.isEmpty() && (row.get(0).equals("Total") || row.get(0).equals(Report.TOTAL));
    }
}
