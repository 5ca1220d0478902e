package org.casebook.query.reporting.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;

import org.casebook.kernel.refusal.InvalidInput;
import org.junit.jupiter.api.Test;

class FiscalPeriodTest {

    @Test
    void a_us_fiscal_year_starts_on_1_october_of_the_year_before_its_name() {
        FiscalPeriod fy2026 = FiscalPeriod.parse("FY2026", Month.OCTOBER);

        assertThat(fy2026.start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(fy2026.end()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void the_first_quarter_is_october_to_december_and_the_fourth_july_to_september() {
        assertThat(FiscalPeriod.parse("FY2026-Q1", Month.OCTOBER))
                .isEqualTo(new FiscalPeriod("FY2026-Q1", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 1)));
        assertThat(FiscalPeriod.parse("FY2026-Q4", Month.OCTOBER))
                .isEqualTo(new FiscalPeriod("FY2026-Q4", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1)));
    }

    @Test
    void a_fiscal_year_starting_in_january_is_the_calendar_year() {
        assertThat(FiscalPeriod.parse("FY2026", Month.JANUARY))
                .isEqualTo(new FiscalPeriod("FY2026", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
    }

    @Test
    void the_last_day_of_a_period_is_in_it_and_the_first_day_after_is_not() {
        FiscalPeriod q1 = FiscalPeriod.parse("FY2026-Q1", Month.OCTOBER);

        assertThat(q1.contains(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(q1.contains(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(q1.contains(LocalDate.of(2025, 9, 30))).isFalse();
    }

    @Test
    void anything_else_is_refused_naming_the_period() {
        assertThatThrownBy(() -> FiscalPeriod.parse("2026-Q5", Month.OCTOBER)).isInstanceOf(InvalidInput.class)
                                                                              .hasMessageContaining("FY2026-Q1");
    }

    @Test
    void a_day_falls_in_the_fiscal_year_and_quarter_that_contain_it() {
        assertThat(FiscalPeriod.yearOf(LocalDate.of(2025, 10, 1), Month.OCTOBER).label()).isEqualTo("FY2026");
        assertThat(FiscalPeriod.yearOf(LocalDate.of(2025, 9, 30), Month.OCTOBER).label()).isEqualTo("FY2025");
        assertThat(FiscalPeriod.quarterOf(LocalDate.of(2025, 12, 31), Month.OCTOBER).label()).isEqualTo("FY2026-Q1");
        assertThat(FiscalPeriod.quarterOf(LocalDate.of(2026, 9, 30), Month.OCTOBER).label()).isEqualTo("FY2026-Q4");
        assertThat(FiscalPeriod.quarterOf(LocalDate.of(2026, 4, 1), Month.JANUARY).label()).isEqualTo("FY2026-Q2");
        assertThat(FiscalPeriod.quarterOf(LocalDate.of(2026, 7, 1), Month.JULY).label()).isEqualTo("FY2027-Q1");
        assertThat(FiscalPeriod.parse("FY2026", Month.OCTOBER).wholeYear()).isTrue();
        assertThat(FiscalPeriod.parse("FY2026-Q3", Month.OCTOBER).wholeYear()).isFalse();
    }
}
