package org.casebook.query.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The notice the committees receive before money moves: for one allocation or obligation of a funding source,
 * the source and its authority, the country, project, sector and amount, and the purpose, taken from the decision
 * that authorised the allocation (none if it names no decision).
 */
public record NotificationReport(
        String report,
        ReportPoint builtFrom,
        String edition,
        String sourceId,
        String authority,
        int fiscalYear,
        String entry,
        String kind,
        String allocation,
        String caseId,
        String country,
        String project,
        String sector,
        String amount,
        LocalDate recordedOn,
        String decisionId,
        String decidingBody,
        String decisionAuthority,
        LocalDate decidedOn,
        String purpose) implements Report {

    @Override
    public String name() {
        return report + "-" + sourceId + "-" + entry + "-" + builtFrom.position()
                + (edition.equals("sbu") ? "-sbu" : "");
    }

    @Override
    public String heading() {
        return "Notification of funds: " + entry + " of " + authority + ", FY" + fiscalYear;
    }

    @Override
    public List<String> summary() {
        return List.of(kind.substring(0, 1).toUpperCase() + kind.substring(1) + " of " + amount + " USD for "
                               + project + " in " + country + " (" + sector + ")",
                       "Purpose: " + (purpose == null ? "no authorising decision recorded" : purpose));
    }

    @Override
    public List<String> readableSummary() {
        return List.of(kind.substring(0, 1).toUpperCase() + kind.substring(1) + " of " + Readable.amount(amount)
                               + " for " + project + " in " + country + " (" + Readable.words(sector) + ")",
                       "Purpose: " + (purpose == null ? "no authorising decision recorded" : purpose));
    }

    @Override
    public List<Table> tables() {
        List<String> header = List.of("sourceId", "authority", "fiscalYear", "entry", "kind", "allocation", "caseId",
                                      "country", "project", "sector", "amount", "recordedOn", "decisionId",
                                      "decidingBody", "decisionAuthority", "decidedOn", "purpose");
        List<String> row = new ArrayList<>();
        for (Object value : List.of(sourceId, authority, fiscalYear, entry, kind, text(allocation), caseId, country,
                                    project, sector, amount, recordedOn, text(decisionId), text(decidingBody),
                                    text(decisionAuthority), text(decidedOn), text(purpose))) {
            row.add(value.toString());
        }
        return List.of(new Table("report", List.of("report", "edition", "position", "hash"),
                                 List.of(List.of(report, edition, Long.toString(builtFrom.position()),
                                                 builtFrom.hash()))),
                       new Table("notification", header, List.of(row)));
    }

    private static Object text(Object value) {
        return value == null ? "" : value;
    }
}
