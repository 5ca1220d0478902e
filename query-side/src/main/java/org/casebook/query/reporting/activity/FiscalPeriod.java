package org.casebook.query.reporting.activity;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casebook.kernel.refusal.InvalidInput;

/**
 * A reporting period: a fiscal year ({@code FY2026}) or one of its quarters ({@code FY2026-Q1}). A fiscal year is
 * named after the calendar year it ends in and starts in {@code fiscalYearStart} (October in the US: FY2026 runs
 * from 1 October 2025 to 30 September 2026). {@code end} is the first day after the period.
 */
public record FiscalPeriod(String label, LocalDate start, LocalDate end) {

    private static final Pattern LABEL = Pattern.compile("FY(\\d{4})(?:-Q([1-4]))?");

    public static FiscalPeriod parse(String label, Month fiscalYearStart) {
        Matcher matcher = label == null ? null : LABEL.matcher(label);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidInput("period", "must be a fiscal year or quarter, such as FY2026 or FY2026-Q1");
        }
        int year = Integer.parseInt(matcher.group(1));
        LocalDate yearStart = fiscalYearStart == Month.JANUARY
                ? LocalDate.of(year, Month.JANUARY, 1)
                : LocalDate.of(year - 1, fiscalYearStart, 1);
        if (matcher.group(2) == null) {
            return new FiscalPeriod(label, yearStart, yearStart.plusYears(1));
        }
        LocalDate quarterStart = yearStart.plusMonths(3L * (Integer.parseInt(matcher.group(2)) - 1));
        return new FiscalPeriod(label, quarterStart, quarterStart.plusMonths(3));
    }

    /** The fiscal year a day falls in. */
    public static FiscalPeriod yearOf(LocalDate day, Month fiscalYearStart) {
        boolean nextYears = fiscalYearStart != Month.JANUARY && day.getMonthValue() >= fiscalYearStart.getValue();
        return parse("FY" + (nextYears ? day.getYear() + 1 : day.getYear()), fiscalYearStart);
    }

    /** The fiscal quarter a day falls in. */
    public static FiscalPeriod quarterOf(LocalDate day, Month fiscalYearStart) {
        FiscalPeriod year = yearOf(day, fiscalYearStart);
        long quarter = ChronoUnit.MONTHS.between(year.start(), day.withDayOfMonth(1)) / 3 + 1;
        return parse(year.label() + "-Q" + quarter, fiscalYearStart);
    }

    /** Whether this is a fiscal year, not one of its quarters. */
    public boolean wholeYear() {
        return !label.contains("-Q");
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }
}
