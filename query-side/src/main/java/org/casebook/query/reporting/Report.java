package org.casebook.query.reporting;

import java.util.List;
import java.util.Optional;

import org.casebook.kernel.Clearance;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportType;

/**
 * What every report is, whatever its kind: built from the record at a point, for an edition, made of tables (the
 * first, {@code report}, says what it is and what it was built from). Its files (JSON, CSV, PDF) are made from
 * this alone.
 */
public interface Report {

    String WITHHELD = Clearance.WITHHELD;
    String TOTAL = "TOTAL";

    /** Its type, which its files name by {@link ReportType#kind()}: {@code activity}, {@code case-summary}, ... */
    ReportType report();

    ReportPoint builtFrom();

    /** Its edition; its files name it by {@link ReportEdition#word()}: {@code standard} or {@code sbu}. */
    ReportEdition edition();

    /** Its file name without extension: its kind, its topic, the position it was built from, and its edition's. */
    default String name() {
        return report().kind() + "-" + topic() + "-" + builtFrom().position()
               + (edition() == ReportEdition.SBU ? "-sbu" : "");
    }

    /** What it is about, as its file name says it: a period ({@code FY2026-Q1}), a case's id, a source's entry. */
    String topic();

    /** The title on its title page. */
    String heading();

    /** The lines under the title: what it covers. */
    List<String> summary();

    /**
     * The lines under the title from {@link ReportLayout#READABLE} on, where counts agree with their nouns ("1
     * decision"); until a report words them anew, its {@link #summary}.
     */
    default List<String> readableSummary() {
        return summary();
    }

    /** Whom the report is for, under its title from {@link ReportLayout#READABLE} on. */
    default String audience() {
        return "Report to the congressional committees";
    }

    List<Table> tables();

    /**
     * What a reader should know before reading the figures, if anything: that the period holds nothing. Shown
     * from layout 3 ({@link ReportLayout#NOTICES_AND_EFFECTIVE_HANDOVERS}) on, so the files of earlier layouts keep their bytes.
     */
    default Optional<String> notice() {
        return Optional.empty();
    }

    /** A table of a report, as its CSV file holds it: a header row, then the rows. */
    record Table(String name, List<String> header, List<List<String>> rows) {
    }
}
