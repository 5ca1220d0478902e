package org.casebook.query.reporting.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casebook.query.reporting.Report;
import org.casebook.query.reporting.ReportPoint;

/**
 * How a submitted report reads when built again at a later point ({@code asOf}): every figure or text that
 * changed, and the entries recorded since it was built that can have changed it (for an activity report, those
 * that took effect before the period's end; for a notification or a case summary, those of its source and case).
 * No change means no amendment.
 */
public record Amendment(ReportPoint asOf, List<Change> changes, List<LaterEntry> entries) {

    /** A figure or text of a table row that changed; a row added or dropped has no field and no value on one side. */
    public record Change(String table, String row, String field, String submitted, String now) {
    }

    /** An entry recorded after the submitted report was built. */
    public record LaterEntry(long position, String eventId, String type, String recordId, Instant effectiveAt,
                             Instant recordedAt, String user) {
    }

    /** How many leading columns name a row, where the first alone does not. */
    private static final Map<String, Integer> KEY_COLUMNS = Map.of("decisions", 2, "handovers-completed", 2,
                                                                   "open-risks", 3, "overdue", 2);

    static List<Change> changes(Report submitted, Report now) {
        List<Change> changes = new ArrayList<>();
        List<Report.Table> before = submitted.tables();
        List<Report.Table> after = now.tables();
        for (int t = 0; t < before.size(); t++) {
            Report.Table table = before.get(t);
            if (table.name().equals("report")) {
                continue;
            }
            Map<String, List<String>> was = rows(table);
            Map<String, List<String>> is = rows(after.get(t));
            Set<String> keys = new LinkedHashSet<>(was.keySet());
            keys.addAll(is.keySet());
            for (String key : keys) {
                List<String> old = was.get(key);
                List<String> current = is.get(key);
                if (old == null || current == null) {
                    changes.add(new Change(table.name(), key, null, old == null ? null : String.join(",", old),
                                           current == null ? null : String.join(",", current)));
                    continue;
                }
                for (int c = 0; c < table.header().size(); c++) {
                    if (!old.get(c).equals(current.get(c))) {
                        changes.add(new Change(table.name(), key, table.header().get(c), old.get(c), current.get(c)));
                    }
                }
            }
        }
        return changes;
    }

    private static Map<String, List<String>> rows(Report.Table table) {
        int keyColumns = KEY_COLUMNS.getOrDefault(table.name(), 1);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (List<String> row : table.rows()) {
            String key = table.name().equals("case-counts") ? "counts" : String.join("/", row.subList(0, keyColumns));
            String unique = key;
            for (int n = 2; rows.containsKey(unique); n++) {
                unique = key + "#" + n; // rows of entries (stages, corrections) may share a day
            }
            rows.put(unique, row);
        }
        return rows;
    }
}
