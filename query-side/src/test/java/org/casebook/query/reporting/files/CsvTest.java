package org.casebook.query.reporting.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.casebook.query.reporting.Report;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void a_field_that_could_run_as_a_formula_is_prefixed_with_an_apostrophe() {
        assertThat(Csv.field("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.field("+cmd")).isEqualTo("'+cmd");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.field("\tx")).isEqualTo("'\tx");
    }

    @Test
    void a_negative_amount_stays_a_number() {
        assertThat(Csv.field("-5000.00")).isEqualTo("-5000.00");
    }

    @Test
    void a_field_with_a_comma_quote_or_line_break_is_quoted_and_its_quotes_doubled() {
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void a_table_is_a_header_row_then_its_rows_each_ended_by_crlf_in_utf8() {
        byte[] csv = Csv.write(new Report.Table("t", List.of("country", "amount"),
                                                        List.of(List.of("Côte d'Ivoire", "10.00"))));

        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("country,amount\r\nCôte d'Ivoire,10.00\r\n");
    }
}
