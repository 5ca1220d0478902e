package org.casebook.query.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.casebook.journal.json.JournalJson;

/**
 * The files of a report: its JSON, its PDF, and its CSV tables (one file each, together in a ZIP). Nothing in
 * them depends on when they are made, so building the same report again in the same {@link ReportLayout} gives
 * the same bytes.
 */
public final class ReportFiles {

    /** The ZIP's entries carry this time instead of now (as a local time, so no time zone changes the bytes). */
    private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final ObjectMapper JSON = JournalJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportFiles() {
    }

    /**
     * Every file the report is produced as, by the name a submission records it under: {@code NAME.json},
     * {@code NAME.pdf}, and {@code NAME/TABLE.csv} for each table.
     */
    public static Map<String, byte[]> files(Report report, Instant stoodAt, ReportLayout layout) {
        Map<String, byte[]> files = new TreeMap<>();
        String name = report.name();
        files.put(name + ".json", json(report));
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
        return ReportPdf.render(shown(report, layout), stoodAt, layout);
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
        shown(report, layout).tables().forEach(table -> files.put(table.name() + ".csv", Csv.write(table)));
        return files;
    }

    private static Report shown(Report report, ReportLayout layout) {
        return layout.neutralText() ? new NeutralText(report) : report;
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
