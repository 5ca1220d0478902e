package org.casebook.query.reporting.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportType;
import org.casebook.query.reporting.Report;
import org.casebook.query.reporting.ReportPoint;

/**
 * The periodic activity report: what was done in a period, with which people and which money, as the record
 * stood at {@code builtFrom}. Amounts are exact decimals written as strings; every table with numbers ends in a
 * total. In the standard edition the text of SBU entries is withheld (they are still counted).
 */
public record ActivityReport(
        ReportType report,
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        ReportEdition edition,
        ReportPoint builtFrom,
        CaseCounts caseCounts,
        List<CaseRow> cases,
        List<DecisionRow> decisions,
        List<DaysRow> personDaysByComponent,
        List<DaysRow> personDaysByAgency,
        List<DaysRow> personDaysBySector,
        List<SourceRow> fundsBySource,
        List<MoneyRow> fundsByCountry,
        List<MoneyRow> fundsBySector,
        List<HandoverRow> handoversCompleted,
        List<RiskRow> openRisks,
        List<OverdueRow> overdue) implements Report {

    @Override
    public String topic() {
        return period;
    }

    @Override
    public String heading() {
        return "Activity report " + period;
    }

    @Override
    public List<String> summary() {
        return List.of("Period: " + periodStart + " to " + periodEnd.minusDays(1) + " (" + period + ")",
                       "Cases opened " + caseCounts.opened() + ", closed " + caseCounts.closed()
                               + ", active at the period's end " + caseCounts.activeAtEnd());
    }

    /** A period by its first and last day, as every file gives it from layout 4 on. */
    @Override
    public List<String> readableSummary() {
        return List.of("Period: " + period + ", " + periodStart + " to " + periodEnd.minusDays(1)
                               + " (its first and last day, both included)",
                       "Cases opened " + caseCounts.opened() + ", closed " + caseCounts.closed()
                               + ", active at the period's end " + caseCounts.activeAtEnd());
    }

    /**
     * A period in which no case was open holds no entry that counts in it (money, people, decisions and
     * handovers all belong to a case): every figure is zero, which a reader should not have to work out.
     */
    @Override
    public Optional<String> notice() {
        return cases.isEmpty()
                ? Optional.of("Nothing to report: no case was open in " + period + " (" + periodStart + " to "
                                      + periodEnd.minusDays(1) + ") in the record up to journal position "
                                      + builtFrom.position() + ", so every figure is zero.")
                : Optional.empty();
    }

    /** Cases opened and closed in the period, and active (opened, not closed) at its end. */
    public record CaseCounts(int opened, int closed, int activeAtEnd) {
    }

    public record CaseRow(String caseId, String title, String country, String sensitivity, String stageAtEnd,
                          LocalDate openedOn, boolean openedInPeriod, boolean closedInPeriod) {
    }

    public record DecisionRow(String caseId, String decisionId, LocalDate takenOn, String decidingBody,
                              String authority, String decision, String sensitivity, String supersededBy,
                              boolean corrected) {
    }

    public record DaysRow(String key, long personDays) {
    }

    /** Money of one source: moved in the period, and in all up to the period's end. */
    public record SourceRow(String sourceId, String authority, int fiscalYear, String allocated, String obligated,
                            String disbursed, String allocatedToDate, String obligatedToDate,
                            String disbursedToDate) {
    }

    public record MoneyRow(String key, String allocated, String obligated, String disbursed) {
    }

    public record HandoverRow(String caseId, String handoverId, String fromBody, String toBody, String scope,
                              LocalDate acceptedOn, LocalDate effectiveOn) {
    }

    public record RiskRow(String caseId, String handoverId, String risk, boolean escalated) {
    }

    public record OverdueRow(String caseId, String item, String detail) {
    }

    /** The report's tables, one CSV file each; the first says what the report is and what it was built from. */
    @Override
    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("report", List.of("report", "period", "periodStart", "periodEnd", "edition",
                                               "position", "hash"),
                             List.of(List.of(report.kind(), period, periodStart.toString(), periodEnd.toString(),
                                             edition.word(), Long.toString(builtFrom.position()),
                                             builtFrom.hash()))));
        tables.add(new Table("case-counts", List.of("opened", "closed", "activeAtEnd"),
                             List.of(List.of(Integer.toString(caseCounts.opened()),
                                             Integer.toString(caseCounts.closed()),
                                             Integer.toString(caseCounts.activeAtEnd())))));
        tables.add(new Table("cases", List.of("caseId", "title", "country", "sensitivity", "stageAtEnd", "openedOn",
                                              "openedInPeriod", "closedInPeriod"),
                             cases.stream().map(c -> List.of(c.caseId(), c.title(), c.country(), c.sensitivity(),
                                                              c.stageAtEnd(), c.openedOn().toString(),
                                                              Boolean.toString(c.openedInPeriod()),
                                                              Boolean.toString(c.closedInPeriod()))).toList()));
        tables.add(new Table("decisions", List.of("caseId", "decisionId", "takenOn", "decidingBody", "authority",
                                                  "decision", "sensitivity", "supersededBy", "corrected"),
                             decisions.stream().map(d -> List.of(d.caseId(), d.decisionId(), d.takenOn().toString(),
                                                                 d.decidingBody(), d.authority(), d.decision(),
                                                                 d.sensitivity(), text(d.supersededBy()),
                                                                 Boolean.toString(d.corrected()))).toList()));
        tables.add(days("person-days-by-component", "component", personDaysByComponent));
        tables.add(days("person-days-by-agency", "agency", personDaysByAgency));
        tables.add(days("person-days-by-sector", "sector", personDaysBySector));
        tables.add(new Table("funds-by-source", List.of("sourceId", "authority", "fiscalYear", "allocated",
                                                        "obligated", "disbursed", "allocatedToDate",
                                                        "obligatedToDate", "disbursedToDate"),
                             fundsBySource.stream().map(s -> List.of(s.sourceId(), s.authority(),
                                                                     s.fiscalYear() == 0 ? "" : Integer.toString(
                                                                             s.fiscalYear()),
                                                                     s.allocated(), s.obligated(), s.disbursed(),
                                                                     s.allocatedToDate(), s.obligatedToDate(),
                                                                     s.disbursedToDate())).toList()));
        tables.add(money("funds-by-country", "country", fundsByCountry));
        tables.add(money("funds-by-sector", "sector", fundsBySector));
        tables.add(new Table("handovers-completed", List.of("caseId", "handoverId", "fromBody", "toBody", "scope",
                                                            "acceptedOn", "effectiveOn"),
                             handoversCompleted.stream().map(h -> List.of(h.caseId(), h.handoverId(), h.fromBody(),
                                                                          h.toBody(), h.scope(),
                                                                          h.acceptedOn().toString(),
                                                                          h.effectiveOn().toString())).toList()));
        tables.add(new Table("open-risks", List.of("caseId", "handoverId", "risk", "escalated"),
                             openRisks.stream().map(r -> List.of(r.caseId(), r.handoverId(), r.risk(),
                                                                 Boolean.toString(r.escalated()))).toList()));
        tables.add(new Table("overdue", List.of("caseId", "item", "detail"),
                             overdue.stream().map(o -> List.of(o.caseId(), o.item(), o.detail())).toList()));
        return tables;
    }

    private static Table days(String name, String key, List<DaysRow> rows) {
        return new Table(name, List.of(key, "personDays"),
                         rows.stream().map(r -> List.of(r.key(), Long.toString(r.personDays()))).toList());
    }

    private static Table money(String name, String key, List<MoneyRow> rows) {
        return new Table(name, List.of(key, "allocated", "obligated", "disbursed"),
                         rows.stream().map(r -> List.of(r.key(), r.allocated(), r.obligated(), r.disbursed()))
                             .toList());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
