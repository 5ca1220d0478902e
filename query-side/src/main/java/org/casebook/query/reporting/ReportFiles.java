package org.casebook.query.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.casebook.journal.json.JournalJson;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.kernel.reporting.ReportType;
import org.casebook.query.reporting.files.Csv;
import org.casebook.query.reporting.files.NeutralText;
import org.casebook.query.reporting.files.Readable;
import org.casebook.query.reporting.files.ReportPdf;
import org.casebook.query.reporting.files.ShownReport;

/**
 * The files of a report: its JSON, its PDF, and its CSV tables (one file each, together in a ZIP). Nothing in
 * them depends on when they are made, so building the same report again in the same {@link ReportLayout} gives
 * the same bytes.
 */
public final class ReportFiles {

    /** The ZIP's entries carry this time instead of now (as a local time, so no time zone changes the bytes). */
    private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);
    /** A report's JSON names its type and edition by their words ({@code case-summary}, {@code sbu}). */
    private static final ObjectMapper JSON = JournalJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule("report-words")
                    .addSerializer(ReportType.class, word(ReportType.class, ReportType::kind))
                    .addSerializer(ReportEdition.class, word(ReportEdition.class, ReportEdition::word)));

    private ReportFiles() {
    }

    private static <T> StdSerializer<T> word(Class<T> type, Function<T, String> word) {
        return new StdSerializer<>(type) {
            @Override
            public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(word.apply(value));
            }
        };
    }

    /**
     * Every file the report is produced as, by the name a submission records it under: {@code NAME.json},
     * {@code NAME.pdf}, and {@code NAME/TABLE.csv} for each table.
     */
    public static Map<String, byte[]> files(Report report, Instant stoodAt, ReportLayout layout) {
        Map<String, byte[]> files = new TreeMap<>();
        String name = report.name();
        files.put(name + ".json", json(report, layout));
        files.put(name + ".pdf", pdf(report, stoodAt, layout));
        csv(report, layout).forEach((file, bytes) -> files.put(name + "/" + file, bytes));
        return files;
    }

    /** The SHA-256 of each of the report's {@link #files}. */
    public static Map<String, String> digests(Report report, Instant stoodAt, ReportLayout layout) {
        return digests(files(report, stoodAt, layout));
    }

    public static Map<String, String> digests(Map<String, byte[]> files) {
        Map<String, String> digests = new TreeMap<>();
        files.forEach((name, bytes) -> digests.put(name, sha256(bytes)));
        return digests;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** {@code stoodAt}: when the commit at the report's position was recorded. */
    public static byte[] pdf(Report report, Instant stoodAt, ReportLayout layout) {
        return ReportPdf.render(shown(report, layout, true), stoodAt, layout);
    }

    /**
     * The report as JSON; from layout 3 on with its {@code notice}, if it has one (last, so nothing moves); from
     * layout 4 on an SBU edition begins with its {@code marking}, and a period ends on its last day
     * ({@code periodLastDay} in place of {@code periodEnd}, the first day after it).
     */
    public static byte[] json(Report report, ReportLayout layout) {
        Optional<String> notice = layout.notices() ? report.notice() : Optional.empty();
        if (notice.isEmpty() && !layout.readable()) {
            return json(report);
        }
        ObjectNode shown = JSON.valueToTree(report);
        if (layout.readable()) {
            shown = readable(shown, report);
        }
        if (notice.isPresent()) {
            shown.put("notice", notice.get());
        }
        return json(shown);
    }

    private static ObjectNode readable(ObjectNode record, Report report) {
        ObjectNode shown = JSON.createObjectNode();
        if (marked(report)) {
            shown.put("marking", Readable.SBU_MARKING);
        }
        record.fields().forEachRemaining(field -> {
            if (field.getKey().equals(Readable.PERIOD_END)) {
                shown.put(Readable.PERIOD_LAST_DAY, LocalDate.parse(field.getValue().asText()).minusDays(1)
                                                             .toString());
            } else {
                shown.set(field.getKey(), field.getValue());
            }
        });
        return shown;
    }

    private static boolean marked(Report report) {
        return report.edition() == ReportEdition.SBU;
    }

    public static byte[] json(Object report) {
        try {
            return JSON.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report is always written as JSON", e);
        }
    }

    /** Each table as a CSV file, named after it, in the report's order. */
    public static Map<String, byte[]> csv(Report report, ReportLayout layout) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String marking = layout.readable() && marked(report) ? Readable.SBU_MARKING : null;
        shown(report, layout, false).tables().forEach(
                table -> files.put(table.name() + ".csv", Csv.write(table, marking)));
        return files;
    }

    /**
     * The report as its CSV ({@code printed} false) or PDF files show it in {@code layout}: what a page shows of
     * a report too, so that it reads as the files do.
     */
    public static Report shown(Report report, ReportLayout layout, boolean printed) {
        Report shown = layout.neutralText() ? new NeutralText(report) : report;
        shown = layout.notices() && report.notice().isPresent() ? new Noticed(shown, report.notice().get()) : shown;
        return layout.readable() ? new Readable(shown, printed) : shown;
    }

    /** A report with its notice as the first line under its title (the CSV tables are as they were). */
    private record Noticed(Report of, String said) implements ShownReport {

        @Override
        public List<String> summary() {
            List<String> lines = new ArrayList<>(List.of(said));
            lines.addAll(of.summary());
            return lines;
        }

        @Override
        public List<String> readableSummary() {
            List<String> lines = new ArrayList<>(List.of(said));
            lines.addAll(of.readableSummary());
            return lines;
        }

        @Override
        public Optional<String> notice() {
            return Optional.of(said);
        }
    }

    public static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(FIXED);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
