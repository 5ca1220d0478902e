package org.casebook.query.reporting.files;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.casebook.query.reporting.Report;

/**
 * CSV as RFC 4180 has it (UTF-8, CRLF, a header row, fields quoted when they hold a comma, quote or line break).
 * A field that begins with {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe, so that no
 * spreadsheet runs it as a formula; a negative amount is the one exception, since it is a number.
 */
public final class Csv {

    private static final String NUMBER = "-?[0-9]+(\\.[0-9]+)?";

    private Csv() {
    }

    static byte[] write(Report.Table table) {
        return write(table, null);
    }

    /**
     * With a {@code marking} (an SBU edition's, from layout 4 on), the file begins and ends with a line that says
     * it, as a printed page would: a reader sees it however the file is opened.
     */
    public static byte[] write(Report.Table table, String marking) {
        StringBuilder csv = new StringBuilder();
        if (marking != null) {
            line(csv, List.of(marking));
        }
        line(csv, table.header());
        table.rows().forEach(row -> line(csv, row));
        if (marking != null) {
            line(csv, List.of(marking));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        String safe = value == null ? "" : value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0 && !safe.matches(NUMBER)) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
