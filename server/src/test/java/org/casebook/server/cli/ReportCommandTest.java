package org.casebook.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casebook.server.testing.Bodies.decision;
import static org.casebook.server.testing.Bodies.openCase;
import static org.casebook.server.testing.Documents.sha256;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebook.server.testing.Api;
import org.casebook.server.testing.CasebookInstance;
import org.casebook.server.testing.CasebookProcess;
import org.casebook.server.testing.CommandLines;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./casebook report} writes a report's files to a folder, from a stopped server's store. */
class ReportCommandTest {

    @AutoClose
    private static CasebookInstance casebook;
    private static String caseId;
    private static String servedJson;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    @BeforeAll
    static void recordAndStop() {
        casebook = CasebookInstance.start();
        Api coordinator = casebook.as("COORDINATOR");
        caseId = coordinator.post("/api/crises", openCase()).id();
        coordinator.post("/api/crises/" + caseId + "/decisions", decision("Deploy a field ACT", null));
        servedJson = casebook.as("REPORTER").get("/api/crises/" + caseId + "/report").body();
        casebook.stop();
    }

    @Test
    void a_case_summary_is_written_as_json_pdf_and_csv_the_same_as_the_server_serves_it() throws Exception {
        int exit = casebook("report", "case", caseId, "--out", folder.toString());

        assertThat(exit).as(err.toString()).isEqualTo(CasebookCommand.DONE);
        Path tables;
        try (var found = Files.list(folder)) {
            tables = found.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        String name = tables.getFileName().toString();
        byte[] json = Files.readAllBytes(folder.resolve(name + ".json"));
        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo(servedJson);
        assertThat(Files.readString(tables.resolve("decisions.csv"))).contains("Deploy a field ACT");
        assertThat(Files.readAllBytes(folder.resolve(name + ".pdf"))).startsWith("%PDF-".getBytes());
        JsonNode report = new ObjectMapper().readTree(servedJson);
        assertThat(out.toString()).contains("position " + report.get("builtFrom").get("position").asLong())
                                  .contains(sha256(json) + "  " + name + ".json")
                                  .contains("  " + name + "/decisions.csv");
    }

    @Test
    void report_prints_on_standard_output_only_what_sha256sum_checks() throws Exception {
        List<String> arguments = new ArrayList<>(List.of("report", "case", caseId, "--out", folder.toString()));
        arguments.addAll(casebook.storeOptions());
        CasebookProcess.Result written = CasebookProcess.run(folder, arguments.toArray(String[]::new));

        assertThat(written.exitCode()).as(written.stderr()).isEqualTo(CasebookCommand.DONE);
        assertThat(written.stdout().lines().toList()).isNotEmpty().allSatisfy(line -> assertThat(line).matches(
                "# built from position \\d+, hash [0-9a-f]{64}|[0-9a-f]{64}  \\S+"));
        Files.writeString(folder.resolve("SHA256SUMS"), written.stdout());
        Process check = new ProcessBuilder("sha256sum", "--check", "--strict", "SHA256SUMS")
                .directory(folder.toFile()).redirectErrorStream(true).start();
        String checked = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor()).as(checked).isZero();
        assertThat(checked).contains(": OK").doesNotContain("FAILED");
    }

    @Test
    void a_period_in_which_no_case_was_open_says_so_in_the_report_and_on_the_command_line() throws Exception {
        int exit = casebook("report", "activity", "--period", "FY2020", "--out", folder.toString());

        assertThat(exit).as(err.toString()).isEqualTo(CasebookCommand.DONE);
        String nothing = "Nothing to report: no case was open in FY2020 (2019-10-01 to 2020-09-30)";
        assertThat(out.toString()).contains("# " + nothing);
        try (var found = Files.list(folder)) {
            Path json = found.filter(file -> file.toString().endsWith(".json")).findFirst().orElseThrow();
            assertThat(new ObjectMapper().readTree(json.toFile()).get("notice").asText()).startsWith(nothing);
        }
    }

    @Test
    void a_period_that_is_not_a_fiscal_year_or_quarter_is_refused_naming_it() {
        assertThat(casebook("report", "activity", "--period", "2026-Q5", "--out", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("period");
    }

    @Test
    void an_activity_report_needs_its_period() {
        assertThat(casebook("report", "activity", "--out", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("activity needs --period");
    }

    @Test
    void the_edition_is_spelt_as_on_the_api_in_any_case() {
        int lower = casebook("report", "case", caseId, "--edition", "sbu", "--out", folder.resolve("a").toString());
        int upper = casebook("report", "case", caseId, "--edition", "SBU", "--out", folder.resolve("b").toString());

        assertThat(lower).as(err.toString()).isEqualTo(CasebookCommand.DONE);
        assertThat(upper).as(err.toString()).isEqualTo(CasebookCommand.DONE);
        assertThat(casebook("report", "case", caseId, "--edition", "secret", "--out", folder.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("standard or sbu");
    }

    @Test
    void an_unknown_case_exits_1() {
        assertThat(casebook("report", "case", "no-such-case", "--out", folder.toString()))
                .isEqualTo(CasebookCommand.NO);
    }

    private int casebook(String... arguments) {
        return CommandLines.runOn(casebook, out, err, arguments);
    }
}
