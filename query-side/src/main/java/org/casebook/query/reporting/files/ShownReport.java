package org.casebook.query.reporting.files;

import java.util.List;
import java.util.Optional;

import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportType;
import org.casebook.query.reporting.Report;
import org.casebook.query.reporting.ReportPoint;

/**
 * A report as a file shows it in a layout: the report itself, but for what the form shown overrides (its texts
 * neutralised, a notice first, names and words for people). Each form overrides only what it changes, and forms
 * wrap one another in the order {@link ReportFiles} gives.
 */
public interface ShownReport extends Report {

    /** The report, or the form of it, shown. */
    Report of();

    @Override
    default ReportType report() {
        return of().report();
    }

    @Override
    default ReportPoint builtFrom() {
        return of().builtFrom();
    }

    @Override
    default ReportEdition edition() {
        return of().edition();
    }

    @Override
    default String name() {
        return of().name();
    }

    @Override
    default String topic() {
        return of().topic();
    }

    @Override
    default String heading() {
        return of().heading();
    }

    @Override
    default List<String> summary() {
        return of().summary();
    }

    @Override
    default List<String> readableSummary() {
        return of().readableSummary();
    }

    @Override
    default String audience() {
        return of().audience();
    }

    @Override
    default Optional<String> notice() {
        return of().notice();
    }

    @Override
    default List<Table> tables() {
        return of().tables();
    }
}
