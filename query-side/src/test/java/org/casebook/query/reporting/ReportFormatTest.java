package org.casebook.query.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.casebook.kernel.refusal.InvalidInput;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void a_report_is_read_as_json_a_zip_of_csv_tables_or_pdf() {
        assertThat(ReportFormat.named("json").mediaType()).isEqualTo("application/json");
        assertThat(ReportFormat.named("csv").mediaType()).isEqualTo("application/zip");
        assertThat(ReportFormat.named("pdf").mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void any_other_word_names_the_format_field_and_the_formats_there_are() {
        for (String word : new String[] {"xml", "JSON", "", null}) {
            assertThatThrownBy(() -> ReportFormat.named(word)).isInstanceOf(InvalidInput.class)
                    .hasMessage("must be json, csv or pdf")
                    .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("format"));
        }
    }
}
