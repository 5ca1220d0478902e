package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Documents.pdfText;
import static org.casebook.server.testing.Documents.unzip;
import static org.casebook.server.testing.TwoFiscalYears.row;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

/**
 * The activity report's files: CSV tables with the report's numbers and no formulas, and a PDF that reads back
 * with its totals, words for codes, its pages numbered and its position and hash at the end.
 */
class ActivityReportFormatsTest extends OverTwoFiscalYears {

    @Test
    void the_csv_tables_hold_the_same_numbers_and_neutralise_formulas() throws IOException {
        Map<String, String> files = unzip(reporter.download("/api/reports/activity?period=FY2026-Q1&format=csv&asOf="
                                                                    + built));
        JsonNode report = history.report("FY2026-Q1");

        assertThat(files.get("report.csv")).contains(Long.toString(built))
                                          .contains(report.get("builtFrom").get("hash").asText());
        assertThat(files.get("decisions.csv")).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")
                                             .doesNotContain(",=HYPERLINK");
        JsonNode total = row(report.get("fundsBySource"), "TOTAL");
        assertThat(files.get("funds-by-source.csv")).contains("TOTAL,,," + total.get("allocated").asText() + ","
                                                                      + total.get("obligated").asText() + ","
                                                                      + total.get("disbursed").asText() + ",");
        assertThat(files.get("person-days-by-sector.csv")).endsWith("TOTAL,22\r\n");
    }

    @Test
    void the_pdf_reads_back_with_its_totals_and_ends_with_the_position_and_hash_and_is_the_same_when_rebuilt()
            throws IOException {
        String path = "/api/reports/activity?period=FY2026-Q1&format=pdf&asOf=" + built;
        byte[] pdf = reporter.download(path);
        JsonNode report = history.report("FY2026-Q1");

        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(text.getTextFromPage(page)).append('\n');
        }
        String last = text.getTextFromPage(reader.getNumberOfPages());

        assertThat(all).contains("Activity report FY2026-Q1").contains("Page 2").contains("Allocated to date")
                       .contains("USD " + String.format(java.util.Locale.ROOT, "%,.2f", new BigDecimal(
                               row(report.get("fundsBySource"), "TOTAL").get("obligated").asText())))
                       .doesNotContain("Baptiste").doesNotContain("Amina");
        assertThat(last).contains(Long.toString(built)).contains(report.get("builtFrom").get("hash").asText());
        assertThat(reporter.download(path)).isEqualTo(pdf);
    }

    @Test
    void a_period_ends_on_its_last_day_in_every_file_and_the_pdf_says_both_days_are_included() throws IOException {
        JsonNode report = history.report("FY2026-Q1");
        Map<String, String> files = unzip(reporter.download("/api/reports/activity?period=FY2026-Q1&format=csv&asOf="
                                                                    + built));
        String pdf = pdfText(reporter.download("/api/reports/activity?period=FY2026-Q1&format=pdf&asOf=" + built));

        assertThat(report.has("periodEnd")).isFalse();
        assertThat(report.get("periodLastDay").asText()).isEqualTo("2025-12-31");
        assertThat(files.get("report.csv")).startsWith("report,period,periodStart,periodLastDay,")
                                          .contains(",2025-10-01,2025-12-31,");
        assertThat(pdf).contains("2025-10-01 to 2025-12-31 (its first and last day, both included)")
                       .doesNotContain("2026-01-01");
    }

    @Test
    void the_pdf_gives_amounts_with_separators_and_currency_cases_by_title_and_words_for_enumerations_and_yes_no()
            throws IOException {
        String pdf = pdfText(reporter.download("/api/reports/activity?period=FY2026-Q1&format=pdf&asOf=" + built));
        Map<String, String> csv = unzip(reporter.download("/api/reports/activity?period=FY2026-Q1&format=csv&asOf="
                                                                  + built));

        assertThat(pdf).contains("USD 50,000.00").contains("USD 15,000.00")
                       .contains("Humanitarian assistance and social well being").contains("Unclassified")
                       .contains("Darfur border").contains("yes").doesNotContain("HUMANITARIAN_ASSISTANCE")
                       .doesNotContain("UNCLASSIFIED").doesNotContain("true").doesNotContain("false")
                       .doesNotContain("Port-au-Prince"); // the standard edition still withholds an SBU title
        assertThat(csv.get("decisions.csv")).startsWith("case,").contains("\r\nDarfur border,")
                                           .doesNotContain(history.sudan);
        assertThat(csv.get("cases.csv")).contains(",Unclassified,").contains(",yes,").doesNotContain("true");
        assertThat(csv.get("funds-by-country.csv")).contains("50000.00"); // spreadsheets get numbers
        assertThat(pdfText(reporter.download("/api/reports/notifications/" + history.fy2025 + "/A-1?format=pdf&asOf="
                                                     + built)))
                .contains("Allocation of USD 100,000.00 for Police in SD (Security)");
    }

    @Test
    void pages_read_page_n_of_m_a_long_report_lists_its_sections_and_small_tables_share_a_page() throws IOException {
        PdfReader reader = new PdfReader(reporter.download("/api/reports/activity?period=FY2026-Q1&format=pdf&asOf="
                                                                   + built));
        int pages = reader.getNumberOfPages();
        PdfTextExtractor text = new PdfTextExtractor(reader);

        for (int page = 1; page <= pages; page++) {
            assertThat(text.getTextFromPage(page)).contains("Page " + page + " of " + pages);
        }
        assertThat(pages).isGreaterThan(2).isLessThan(8); // twelve tables, most of a few rows
        assertThat(text.getTextFromPage(1)).contains("Contents").contains("Case counts").contains("Open risks")
                                           .contains("Record this report was built from");
        PdfReader notification = new PdfReader(reporter.download("/api/reports/notifications/" + history.fy2025
                                                                         + "/A-1?format=pdf&asOf=" + built));
        // a short report: its title, its forms (from layout 5 also what was transmitted and waived) and its case
        assertThat(notification.getNumberOfPages()).isEqualTo(2);
        assertThat(new PdfTextExtractor(notification).getTextFromPage(1)).contains("Page 1 of 2")
                                                                         .doesNotContain("Contents");
    }
}
