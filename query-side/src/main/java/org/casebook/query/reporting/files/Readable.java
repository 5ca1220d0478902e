package org.casebook.query.reporting.files;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.casebook.query.reporting.Report;

/**
 * A report as people read it, from {@link ReportLayout#READABLE} on: in its CSV and PDF files cases are named by
 * title (as the edition may show it), enumerations and yes/no are in words, and a period ends on its last day
 * ({@code periodLastDay}); {@code printed}, for the PDF, adds thousands separators and the currency to amounts
 * and counts (the CSV keeps them plain numbers, for spreadsheets). The JSON stays the record's own names.
 */
public record Readable(Report of, boolean printed) implements ShownReport {

    /** The marking an SBU edition carries at the top and bottom of every page and file. */
    public static final String SBU_MARKING = "SENSITIVE BUT UNCLASSIFIED (SBU)";
    static final String CURRENCY = "USD";
    /** The first day after the period, as earlier layouts and the record give it, and its last day, as shown. */
    public static final String PERIOD_END = "periodEnd";
    public static final String PERIOD_LAST_DAY = "periodLastDay";

    private static final Set<String> AMOUNTS = Set.of("allocated", "obligated", "disbursed", "allocatedToDate",
                                                      "obligatedToDate", "disbursedToDate", "amount",
                                                      "amountNotified");
    private static final Set<String> COUNTS = Set.of("personDays", "opened", "closed", "activeAtEnd");
    private static final Set<String> YES_NO = Set.of("openedInPeriod", "closedInPeriod", "corrected", "booked",
                                                     "escalated", "waived");
    private static final Set<String> ENUMERATIONS = Set.of("sensitivity", "stage", "stageAtEnd", "from", "to",
                                                           "status", "component", "sector", "kind",
                                                           "classification");
    private static final String CASE_ID = "caseId";
    /** An amount or count as layout 4 prints it: "USD 1,234.00", "1,234". */
    private static final Pattern FIGURE = Pattern.compile("(" + CURRENCY + " )?-?[0-9][0-9,]*(\\.[0-9]+)?");

    @Override
    public List<String> summary() {
        return of.readableSummary();
    }

    @Override
    public List<Table> tables() {
        Map<String, String> titles = titles(of.tables());
        return of.tables().stream().map(table -> table(table, titles)).toList();
    }

    private Table table(Table table, Map<String, String> titles) {
        boolean namesCases = !titles.isEmpty() && !List.of("report", "case", "cases").contains(table.name());
        List<String> header = table.header().stream().map(field -> field.equals(PERIOD_END) ? PERIOD_LAST_DAY
                : namesCases && field.equals(CASE_ID) ? "case" : field).toList();
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            List<String> shown = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                String field = table.header().get(c);
                String value = row.get(c);
                boolean total = c == 0 && Report.TOTAL.equals(value); // a spreadsheet may look for it
                shown.add(total ? (printed ? "Total" : value) : namesCases && field.equals(CASE_ID) ? titles.getOrDefault(value, value)
                        : value(field, value));
            }
            rows.add(shown);
        }
        return new Table(table.name(), header, rows);
    }

    /** A value of a field as this form of the report shows it (an amount with its currency when printed). */
    public String value(String field, String value) {
        if (value.isEmpty()) {
            return value;
        }
        if (field.equals(PERIOD_END)) {
            return LocalDate.parse(value).minusDays(1).toString();
        }
        if (YES_NO.contains(field)) {
            return Boolean.parseBoolean(value) ? "yes" : "no";
        }
        if (ENUMERATIONS.contains(field) && value.matches("[A-Z][A-Z_]*")) {
            return words(value);
        }
        if (printed && AMOUNTS.contains(field)) {
            return amount(value);
        }
        if (printed && COUNTS.contains(field)) {
            return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(
                    new BigDecimal(value));
        }
        return value;
    }

    /** A field name as a column heading: "allocatedToDate" as "Allocated to date", "caseId" as "Case ID". */
    public static String column(String field) {
        String spaced = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)
                             .replaceAll("\\bid\\b", "ID");
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** Whether a value as shown is a figure (a count, an amount), which a table aligns on the right. */
    public static boolean figure(String value) {
        return FIGURE.matcher(value).matches();
    }

    /** A table's name as its section's title: "funds-by-country" as "Funds by country". */
    public static String section(String name) {
        String spaced = name.replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** "SBU" as "SBU (sensitive but unclassified)", "GOVERNANCE_AND_PARTICIPATION" as "Governance and participation". */
    public static String words(String constant) {
        if (constant.equals("SBU")) {
            return "SBU (sensitive but unclassified)";
        }
        String spaced = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** "1234567.5" as "USD 1,234,567.50": cents always, so columns line up. */
    public static String amount(String value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return CURRENCY + " " + format.format(new BigDecimal(value));
    }

    /** Each case of the report by its title (as the edition shows it) and, withheld, by its ID. */
    private static Map<String, String> titles(List<Table> tables) {
        Map<String, String> titles = new HashMap<>();
        tables.stream().filter(t -> t.name().equals("cases") || t.name().equals("case")).forEach(t -> {
            int id = t.header().indexOf(CASE_ID);
            int title = t.header().indexOf("title");
            t.rows().forEach(row -> titles.put(row.get(id), row.get(title).equals(WITHHELD)
                    ? "case " + row.get(id) + " " + WITHHELD : row.get(title)));
        });
        return titles;
    }
}
