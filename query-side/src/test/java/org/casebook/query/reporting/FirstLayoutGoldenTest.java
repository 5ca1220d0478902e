package org.casebook.query.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.bson.Document;
import org.casebook.journal.CommitStore;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.store.Store;
import org.casebook.kernel.reporting.ReportEdition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Earlier submissions must still verify: {@code report-layout-1/} holds a journal of 1,500 varied entries and the
 * SHA-256 of every file of its activity reports as the Casebook of the first layout (commit fa1936b) made them.
 * Built again here in layout 1, every file must have the same digest, byte for byte.
 */
class FirstLayoutGoldenTest {

    /** The server's defaults (application.yml). */
    private static final ReportSettings SETTINGS = new ReportSettings(Month.OCTOBER, 100_000, Duration.ofSeconds(30));

    @TempDir
    Path data;

    @Test
    void the_activity_reports_of_layout_1_are_made_byte_for_byte_as_the_first_casebook_made_them() throws Exception {
        try (Store store = Store.embedded(data, 0, "golden")) {
            List<Document> commits = new ArrayList<>();
            try (BufferedReader lines = resource("commits.jsonl.gz")) {
                lines.lines().forEach(line -> commits.add(Document.parse(line)));
            }
            store.database().getCollection(CommitStore.COMMITS).insertMany(commits);
            JournalSerializer serializer = JournalSerializer.create(EventTypes.published());
            JournalStorageEngine journal = store.journal().serializer(serializer).build();
            Reports reports = Reports.offline(journal, store.database(), serializer, SETTINGS);

            Map<String, String> expected = new TreeMap<>();
            Map<String, String> made = new TreeMap<>();
            try (BufferedReader lines = resource("digests.tsv")) {
                for (String line : lines.lines().toList()) {
                    String[] field = line.split("\t");
                    expected.put(field[2] + " " + field[3], field[4]);
                    Report report = reports.build(field[0], field[1], null, null, ReportEdition.valueOf(field[2]),
                                                  ReportLayout.FIRST);
                    made.put(field[2] + " " + field[3], ReportFiles.digests(
                            report, reports.stoodAt(report.builtFrom()), ReportLayout.FIRST).get(field[3]));
                }
            }

            assertThat(expected).hasSize(60);
            assertThat(made).isEqualTo(expected);
        }
    }

    private static BufferedReader resource(String name) throws IOException {
        InputStream in = FirstLayoutGoldenTest.class.getResourceAsStream("/report-layout-1/" + name);
        assertThat(in).as(name).isNotNull();
        return new BufferedReader(new InputStreamReader(name.endsWith(".gz") ? new GZIPInputStream(in) : in,
                                                        StandardCharsets.UTF_8));
    }
}
