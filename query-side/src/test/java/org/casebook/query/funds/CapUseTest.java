package org.casebook.query.funds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapUseTest {

    @Test
    void a_cap_is_nearly_reached_from_ninety_percent_of_it_allocated() {
        assertThat(CapUse.nearlyReached("100000.00", "89999.99")).isFalse();
        assertThat(CapUse.nearlyReached("100000.00", "90000.00")).isTrue();
        assertThat(CapUse.nearlyReached("100000.00", "100000.00")).isTrue();
        assertThat(CapUse.nearlyReached("100000.00", "0.00")).isFalse();
    }

    @Test
    void what_remains_is_the_cap_less_what_is_allocated() {
        CapUse use = new CapUse("fund-fy2026", "Fund", 2026, "USD", "100000.00", "95000.50");
        assertThat(use.remaining()).isEqualTo("4999.50");
        assertThat(use.nearlyReached()).isTrue();
    }
}
