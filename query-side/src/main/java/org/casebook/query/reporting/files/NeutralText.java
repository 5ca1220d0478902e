package org.casebook.query.reporting.files;

import java.util.List;

import org.casebook.kernel.TextRule;
import org.casebook.query.reporting.Report;

/** A report as its CSV and PDF files show it from {@link ReportLayout#SAFE_TEXT} on: every text neutralised. */
public record NeutralText(Report of) implements ShownReport {

    @Override
    public String heading() {
        return TextRule.neutralised(of.heading());
    }

    @Override
    public List<String> summary() {
        return texts(of.summary());
    }

    @Override
    public List<String> readableSummary() {
        return texts(of.readableSummary());
    }

    @Override
    public List<Table> tables() {
        return of.tables().stream().map(table -> new Table(
                table.name(), texts(table.header()), table.rows().stream().map(NeutralText::texts).toList()))
                     .toList();
    }

    private static List<String> texts(List<String> texts) {
        return texts.stream().map(TextRule::neutralised).toList();
    }
}
