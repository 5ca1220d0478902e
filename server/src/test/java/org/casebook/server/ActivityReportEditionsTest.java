package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Documents.pdfText;
import static org.casebook.server.testing.Documents.unzip;
import static org.casebook.server.testing.TwoFiscalYears.at;

import java.io.IOException;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.Bodies;
import org.junit.jupiter.api.Test;

/**
 * The standard edition of a report withholds SBU text; the SBU edition, for the cleared only, holds it and says so
 * on every page and file.
 */
class ActivityReportEditionsTest extends OverTwoFiscalYears {

    @Test
    void the_standard_edition_withholds_sbu_text_which_a_cleared_reporter_may_read() {
        String standard = reporter.get("/api/reports/activity?period=FY2026-Q1").body();
        Api.Response sbu = reporter.get("/api/reports/activity?period=FY2026-Q1&edition=sbu");
        Api.Response notCleared = history.casebook.uncleared("REPORTER")
                                                  .get("/api/reports/activity?period=FY2026-Q1&edition=sbu");

        assertThat(standard).doesNotContain("Quiet talks with the gangs").doesNotContain("Port-au-Prince")
                            .contains("[withheld: SBU]");
        assertThat(sbu.status()).isEqualTo(200);
        assertThat(sbu.body()).contains("Quiet talks with the gangs");
        assertThat(notCleared.status()).isEqualTo(403);
    }

    @Test
    void the_correction_of_an_sbu_decision_in_an_unclassified_case_is_withheld_with_it() {
        Map<String, Object> quiet = Bodies.with(Bodies.decision("Back-channel talks with the militia", null),
                                                "sensitivity", "SBU");
        String decided = history.post("/api/crises/" + history.sudan + "/decisions", at(quiet, "2025-02-02"))
                .json().get("entries").get(0).get("eventId").asText();
        history.post("/api/crises/" + history.sudan + "/corrections", at(Map.of("correctsEventId", decided, "reason",
                                                                "Named the wrong faction", "correctedText",
                                                                "Back-channel talks with the elders"), "2025-02-03"));

        String standard = reporter.get("/api/crises/" + history.sudan + "/report").body();
        String sbu = reporter.get("/api/crises/" + history.sudan + "/report?edition=sbu").body();

        assertThat(standard).doesNotContain("the elders").doesNotContain("Named the wrong faction")
                            .contains(decided);
        assertThat(sbu).contains("Back-channel talks with the elders").contains("Named the wrong faction");
    }

    @Test
    void the_sbu_edition_is_submitted_only_with_sbu_clearance_and_an_auditor_submits_nothing() {
        Api.Response coordinatorSbu = history.casebook.uncleared("COORDINATOR").post(
                "/api/reports/activity/submissions", Map.of("period", "FY2026-Q1", "edition", "SBU"));
        Api.Response auditor = history.casebook.as("AUDITOR").post("/api/reports/activity/submissions",
                                                           Map.of("period", "FY2026-Q1"));

        assertThat(coordinatorSbu.status()).as(coordinatorSbu.body()).isEqualTo(403);
        assertThat(auditor.status()).isEqualTo(403);
    }

    @Test
    void the_edition_is_one_word_in_any_case_for_reading_and_submitting() {
        String lower = reporter.get("/api/reports/activity?period=FY2026-Q1&edition=sbu&asOf=" + built).body();
        Api.Response upper = reporter.get("/api/reports/activity?period=FY2026-Q1&edition=SBU&asOf=" + built);
        Api.Response standard = reporter.get("/api/reports/activity?period=FY2026-Q1&edition=Standard&asOf=" + built);
        Api.Response submittedLower = reporter.post("/api/reports/activity/submissions",
                                                    Map.of("period", "FY2026-Q1", "edition", "sbu", "asOf", built));
        Api.Response submittedUpper = reporter.post("/api/reports/activity/submissions",
                                                    Map.of("period", "FY2026-Q1", "edition", "SBU", "asOf", built));
        Api.Response unknown = reporter.post("/api/reports/activity/submissions",
                                             Map.of("period", "FY2026-Q1", "edition", "secret"));

        assertThat(upper.status()).as(upper.body()).isEqualTo(200);
        assertThat(upper.body()).isEqualTo(lower).contains("Quiet talks with the gangs");
        assertThat(standard.status()).as(standard.body()).isEqualTo(200);
        assertThat(submittedLower.status()).as(submittedLower.body()).isEqualTo(201);
        assertThat(submittedUpper.status()).as(submittedUpper.body()).isEqualTo(201);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("edition").contains("standard or sbu");
    }

    @Test
    void an_sbu_edition_is_marked_at_the_top_and_bottom_of_every_page_and_on_every_file() throws IOException {
        String marking = "SENSITIVE BUT UNCLASSIFIED (SBU)";
        String query = "/api/reports/activity?period=FY2026-Q1&edition=sbu&asOf=" + built;
        PdfReader reader = new PdfReader(reporter.download(query + "&format=pdf"));
        Map<String, String> csv = unzip(reporter.download(query + "&format=csv"));
        String json = reporter.get(query).body();

        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            String text = new PdfTextExtractor(reader).getTextFromPage(page);
            assertThat(text.split(java.util.regex.Pattern.quote(marking), -1)).as("page " + page).hasSize(3);
        }
        csv.forEach((file, text) -> assertThat(text).as(file).startsWith(marking + "\r\n")
                                                     .endsWith("\r\n" + marking + "\r\n"));
        assertThat(json).startsWith("{\n  \"marking\" : \"" + marking + "\"");
        assertThat(pdfText(reporter.download("/api/reports/activity?period=FY2026-Q1&format=pdf&asOf=" + built)))
                .doesNotContain(marking);
    }
}
