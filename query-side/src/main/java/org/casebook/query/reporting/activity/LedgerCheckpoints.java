package org.casebook.query.reporting.activity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.Binary;
import org.casebook.journal.json.JournalJson;
import org.casebook.query.reporting.ReportPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Activity ledgers kept in the store, each at a journal point: its JSON, compressed, in parts small enough for any
 * store, and a small header written after its parts (a header means a whole checkpoint), keyed by the point and the
 * ledger's shape. A checkpoint is used only if the journal still has its point (same position, same hash) and it
 * has the ledger's current shape.
 */
final class LedgerCheckpoints {

    static final String HEADERS = "report_checkpoints";
    static final String PARTS = "report_checkpoint_parts";
    private static final int PART_BYTES = 4 * 1024 * 1024;
    private static final int BUFFER = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(LedgerCheckpoints.class);
    /**
     * Insertion order of the ledger's maps is part of it (rows come out in that order). Times as numbers: in a
     * profile, parsing them as ISO text took half the time of reading a checkpoint.
     */
    private static final ObjectMapper JSON = JournalJson.newMapper().copy()
                                                        .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                                                        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final MongoCollection<Document> headers;
    private final MongoCollection<Document> parts;

    LedgerCheckpoints(MongoDatabase database) {
        this.headers = database.getCollection(HEADERS);
        this.parts = database.getCollection(PARTS);
    }

    /**
     * The latest checkpoint at or before {@code position} that {@code stillHeld} confirms the journal holds; one
     * that cannot be read is passed over for the one before it.
     */
    Optional<ActivityLedger> latest(long position, Predicate<ReportPoint> stillHeld) {
        List<Document> found = new ArrayList<>();
        headers.find(Filters.and(Filters.lte("position", position), Filters.eq("shape", ActivityLedger.SHAPE)))
               .forEach(found::add);
        found.sort(Comparator.comparingLong((Document d) -> d.getLong("position")).reversed());
        for (Document header : found) {
            ReportPoint point = new ReportPoint(header.getLong("position"), header.getString("hash"));
            if (stillHeld.test(point)) {
                try {
                    return Optional.of(read(header));
                } catch (RuntimeException e) {
                    LOG.warn("report checkpoint {} cannot be read, so an earlier one is used: {}",
                             header.get("_id"), e.toString());
                }
            }
        }
        return Optional.empty();
    }

    boolean has(ReportPoint point) {
        return headers.find(Filters.eq("_id", headerKey(point))).first() != null;
    }

    /**
     * Stores the ledger at its point. Its parts are written under a key of their own and the header last, so when
     * two processes store the same point at once, the first header wins and the other's parts are removed.
     */
    void write(ActivityLedger ledger) {
        byte[] bytes = compressed(ledger);
        String write = UUID.randomUUID().toString();
        List<String> keys = new ArrayList<>();
        for (int from = 0; from < bytes.length || keys.isEmpty(); from += PART_BYTES) {
            String key = write + "/" + keys.size();
            parts.insertOne(new Document("_id", key).append("data", new Binary(
                    Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + PART_BYTES)))));
            keys.add(key);
        }
        ReportPoint point = ledger.at();
        try {
            headers.insertOne(new Document("_id", headerKey(point)).append("position", point.position())
                                      .append("hash", point.hash()).append("shape", ActivityLedger.SHAPE)
                                      .append("write", write).append("parts", keys.size())
                                      .append("bytes", bytes.length));
        } catch (MongoWriteException e) {
            parts.deleteMany(Filters.in("_id", keys));
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private ActivityLedger read(Document header) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(header.getInteger("bytes"));
        for (int i = 0; i < header.getInteger("parts"); i++) {
            Document part = parts.find(Filters.eq("_id", header.getString("write") + "/" + i)).first();
            if (part == null) {
                throw new IllegalStateException("part " + i + " is missing");
            }
            bytes.writeBytes(part.get("data", Binary.class).getData());
        }
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(bytes.toByteArray()),
                                                              new Inflater(), BUFFER)) {
            return JSON.readValue(in, ActivityLedger.class).reindexed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String headerKey(ReportPoint point) {
        return point.position() + "/" + ActivityLedger.SHAPE + "/" + point.hash();
    }

    private static byte[] compressed(ActivityLedger ledger) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_SPEED), BUFFER)) {
            JSON.writeValue(out, ledger);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a report checkpoint", e);
        }
        return bytes.toByteArray();
    }
}
