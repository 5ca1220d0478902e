package org.casebook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.openCase;
import static org.casebook.server.testing.Documents.unzip;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.casebook.command.Actor;
import org.casebook.command.CommandContext;
import org.casebook.command.CommandDispatcher;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.Coordinator;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.OpenCrisis;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportFingerprint;
import org.casebook.kernel.reporting.SubmissionId;
import org.casebook.kernel.reporting.SubmitReport;
import org.casebook.query.reporting.Report;
import org.casebook.query.reporting.ReportFiles;
import org.casebook.query.reporting.ReportLayout;
import org.casebook.query.reporting.Reports;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Texts recorded before the text rule may hold control characters and bidi controls; the CSV and PDF files show
 * them neutralised. That is a change of layout, so a submission records the layout its files were made in and an
 * earlier submission still rebuilds to its digests.
 */
class ReportLayoutsApiTest {

    /** Titles as the record could hold them before the text rule: a bell and a NUL; a right-to-left override. */
    private static final String OLD_TITLE = "Bell\u0007 NUL\u0000 case";
    private static final String BIDI_TITLE = "An \u202Eoverride case";
    /** Letters Helvetica lacks: the PDF must embed a font for them, and be the same every time. */
    private static final String PLACES = "Łódź and Київ";

    @AutoClose
    private static final CasebookInstance casebook = CasebookInstance.start();
    private static String caseId;
    private static String bidiCase;
    private static String placesCase;

    @BeforeAll
    static void recordATextFromBeforeTheRule() {
        caseId = openedPastTheEdge(OLD_TITLE);
        bidiCase = openedPastTheEdge(BIDI_TITLE);
        placesCase = casebook.as("COORDINATOR").post("/api/crises", openCase(PLACES, "UA", null)).id();
    }

    /** A case opened past the edge, as the record was written before the edge refused such text. */
    private static String openedPastTheEdge(String title) {
        CaseId id = CaseId.generate();
        casebook.bean(CommandDispatcher.class).dispatch(
                new OpenCrisis(id, title, new CountryCode("SD"), null, "Summary", Stage.WATCH,
                               Sensitivity.UNCLASSIFIED, new Body("CRSG"), new Coordinator("M. Alvarez")),
                new CommandContext(new Actor("coordinator", "COORDINATOR", "CRSG", true), null, null, null));
        return id.value();
    }

    @Test
    void no_csv_carries_a_raw_control_character_or_bidi_control_from_a_text_recorded_before_the_rule()
            throws IOException {
        List<String> files = new ArrayList<>();
        for (String kase : List.of(caseId, bidiCase)) {
            files.addAll(unzip(casebook.as("REPORTER").download("/api/crises/" + kase + "/report?format=csv")).values());
        }

        assertThat(String.join("", files)).contains("Bell\uFFFD NUL\uFFFD case").contains("An \uFFFDoverride case");
        files.forEach(file -> file.codePoints().forEach(cp -> assertThat(
                (Character.getType(cp) != Character.CONTROL || cp == '\r' || cp == '\n' || cp == '\t')
                        && cp != 0x202E).as("U+%04X", cp).isTrue()));
        assertThat(casebook.as("REPORTER").get("/api/crises/" + caseId + "/report?format=json").body())
                .contains("Bell\\u0007 NUL\\u0000");
    }

    @Test
    void the_pdf_shows_letters_of_any_script_and_is_the_same_every_time() throws IOException {
        for (String kase : List.of(placesCase, caseId, bidiCase)) {
            String path = "/api/crises/" + kase + "/report?format=pdf";
            byte[] pdf = casebook.as("REPORTER").download(path);

            assertThat(casebook.as("REPORTER").download(path)).isEqualTo(pdf);
            PdfReader reader = new PdfReader(pdf);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page));
            }
            // the embedded font has no glyph for U+FFFD: a neutralised character shows as nothing
            assertThat(text).doesNotContain("\u0007").doesNotContain("\u0000").doesNotContain("\u202E")
                            .contains(kase.equals(placesCase) ? PLACES : kase.equals(caseId) ? "Bell NUL case"
                                    : "An override case");
        }
    }

    @Test
    void a_submission_made_in_an_earlier_layout_rebuilds_to_its_digests_in_that_layout() {
        Reports reports = casebook.bean(Reports.class);
        Report report = reports.build("case", null, caseId, null, ReportEdition.STANDARD, ReportLayout.FIRST);
        Map<String, String> first = ReportFiles.digests(report, reports.stoodAt(report.builtFrom()), ReportLayout.FIRST);
        Map<String, String> current = ReportFiles.digests(report, reports.stoodAt(report.builtFrom()), ReportLayout.CURRENT);
        assertThat(first).isNotEqualTo(current); // the text makes the layouts differ
        SubmissionId earlier = SubmissionId.generate();
        casebook.bean(CommandDispatcher.class).dispatch(
                new SubmitReport(earlier, "case", null, caseId, ReportEdition.STANDARD,
                                 new ReportFingerprint(report.builtFrom().position(), report.builtFrom().hash(),
                                                       first, ReportLayout.FIRST.revision()), "reporter"),
                new CommandContext(new Actor("reporter", "REPORTER", null, true), null, null, null));
        Api.Response now = casebook.as("REPORTER").post("/api/reports/case/submissions", Map.of(
                "caseId", caseId));
        long at = now.position();

        JsonNode earlierReading = casebook.as("AUDITOR").get("/api/reports/submissions/" + earlier + "?after=" + at)
                                          .json();
        JsonNode nowReading = casebook.as("AUDITOR").get(now.header("Location") + "?after=" + at).json();

        assertThat(earlierReading.get("verified").asBoolean()).as(earlierReading.toString()).isTrue();
        assertThat(nowReading.get("verified").asBoolean()).as(nowReading.toString()).isTrue();
        assertThat(nowReading.get("submission").get("layout").asInt()).isEqualTo(ReportLayout.CURRENT.revision());
        Report rebuilt = reports.build("case", null, caseId, nowReading.get("submission").get("builtFrom")
                                                                        .get("position").asLong(),
                                       ReportEdition.STANDARD);
        Map<String, String> inCurrentLayout = ReportFiles.digests(rebuilt, reports.stoodAt(rebuilt.builtFrom()),
                                                                  ReportLayout.CURRENT);
        inCurrentLayout.forEach((file, digest) -> assertThat(
                nowReading.get("submission").get("files").get(file).asText()).as(file).isEqualTo(digest));
    }

    @Test
    void a_period_without_cases_says_so_and_its_submission_in_the_layout_before_still_verifies() {
        Reports reports = casebook.bean(Reports.class);
        Report empty = reports.build("activity", "FY2020", null, null, ReportEdition.STANDARD, ReportLayout.SAFE_TEXT);
        Map<String, String> before = ReportFiles.digests(empty, reports.stoodAt(empty.builtFrom()),
                                                         ReportLayout.SAFE_TEXT);
        SubmissionId earlier = SubmissionId.generate();
        casebook.bean(CommandDispatcher.class).dispatch(
                new SubmitReport(earlier, "activity", "FY2020", null, ReportEdition.STANDARD,
                                 new ReportFingerprint(empty.builtFrom().position(), empty.builtFrom().hash(),
                                                       before, ReportLayout.SAFE_TEXT.revision()), "reporter"),
                new CommandContext(new Actor("reporter", "REPORTER", null, true), null, null, null));
        long head = casebook.as("AUDITOR").head();

        JsonNode served = casebook.as("REPORTER").get("/api/reports/activity?period=FY2020").json();
        JsonNode reading = casebook.as("AUDITOR").get("/api/reports/submissions/" + earlier + "?after=" + head)
                                   .json();

        assertThat(served.get("notice").asText())
                .startsWith("Nothing to report: no case was open in FY2020 (2019-10-01 to 2020-09-30)");
        assertThat(reading.get("verified").asBoolean()).as(reading.toString()).isTrue();
        assertThat(ReportFiles.digests(empty, reports.stoodAt(empty.builtFrom()), ReportLayout.CURRENT))
                .isNotEqualTo(before);
        Report busy = reports.build("case", null, caseId, null, ReportEdition.STANDARD,
                                    ReportLayout.NOTICES_AND_EFFECTIVE_HANDOVERS);
        assertThat(busy.notice()).isEmpty();
        assertThat(ReportFiles.digests(busy, reports.stoodAt(busy.builtFrom()),
                                       ReportLayout.NOTICES_AND_EFFECTIVE_HANDOVERS))
                .isEqualTo(ReportFiles.digests(busy, reports.stoodAt(busy.builtFrom()), ReportLayout.SAFE_TEXT));
    }

    @Test
    void a_submission_made_in_layout_3_still_verifies_once_reports_are_made_readable_in_layout_4() {
        Reports reports = casebook.bean(Reports.class);
        for (ReportEdition edition : List.of(ReportEdition.STANDARD, ReportEdition.SBU)) {
            Report report = reports.build("activity", "FY2027", null, null, edition,
                                          ReportLayout.NOTICES_AND_EFFECTIVE_HANDOVERS);
            Map<String, String> before = ReportFiles.digests(report, reports.stoodAt(report.builtFrom()),
                                                             ReportLayout.NOTICES_AND_EFFECTIVE_HANDOVERS);
            assertThat(ReportFiles.digests(report, reports.stoodAt(report.builtFrom()), ReportLayout.READABLE))
                    .isNotEqualTo(before);
            SubmissionId earlier = SubmissionId.generate();
            casebook.bean(CommandDispatcher.class).dispatch(
                    new SubmitReport(earlier, "activity", "FY2027", null, edition,
                                     new ReportFingerprint(report.builtFrom().position(), report.builtFrom().hash(),
                                                           before,
                                                           ReportLayout.NOTICES_AND_EFFECTIVE_HANDOVERS.revision()),
                                     "reporter"),
                    new CommandContext(new Actor("reporter", "REPORTER", null, true), null, null, null));
            long head = casebook.as("AUDITOR").head();

            JsonNode reading = casebook.as("AUDITOR").get("/api/reports/submissions/" + earlier + "?after=" + head)
                                       .json();

            assertThat(reading.get("verified").asBoolean()).as(reading.toString()).isTrue();
        }
    }
}
