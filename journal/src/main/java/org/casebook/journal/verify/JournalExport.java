package org.casebook.journal.verify;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import org.bson.Document;
import org.casebook.journal.Commit;
import org.casebook.journal.CommitDocuments;
import org.casebook.journal.CommitStore;
import org.casebook.journal.StoredEvent;

/**
 * Writes the journal, or the commits that hold one case's entries, as JSON Lines: one commit per line with every
 * field its hash covers, so that anyone can recompute the chain with their own tools (see
 * {@code docs/verify-independently.md}). Payload and metadata are the exact stored JSON strings.
 *
 * <pre>
 * {"position":17,"lastPosition":18,"recordedAt":"2026-11-28T10:00:00.123Z","recordedAtMillis":1795..., "previousHash":"...",
 *  "hash":"...","events":[{"position":17,"id":"...","aggregateType":"Crisis","aggregateId":"...","sequence":3,
 *  "type":"DecisionRecorded","revision":"1","payload":"{...}","metadata":"{...}"}, ...]}
 * </pre>
 */
public final class JournalExport {

    private static final JsonFactory JSON = new JsonFactory();

    private final CommitStore store;
    private final boolean positionOrder;

    public JournalExport(CommitStore store, boolean positionOrder) {
        this.store = store;
        this.positionOrder = positionOrder;
    }

    /** Writes every commit from position {@code from} on; returns how many. */
    public long writeAll(OutputStream out, long from) {
        try (JsonGenerator json = generator(out)) {
            long written = 0;
            for (Document document : store.documentsFrom(from, positionOrder)) {
                Commit commit = CommitDocuments.fromDocument(document);
                if (commit.lastPosition() >= from) {
                    write(json, commit);
                    written++;
                }
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the given commits (such as {@code journal.commitsOf(caseId)}), in their order; returns how many. */
    public static long write(OutputStream out, Stream<Commit> commits) {
        try (JsonGenerator json = generator(out)) {
            long written = 0;
            for (Commit commit : (Iterable<Commit>) commits::iterator) {
                write(json, commit);
                written++;
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
        // each line is one commit, the last one ended by a newline too, so files concatenate and count by lines
        json.setPrettyPrinter(new MinimalPrettyPrinter(""));
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return json;
    }

    private static void write(JsonGenerator json, Commit commit) throws IOException {
        json.writeStartObject();
        json.writeNumberField("position", commit.position());
        json.writeNumberField("lastPosition", commit.lastPosition());
        json.writeStringField("recordedAt", commit.recordedAt().toString());
        json.writeNumberField("recordedAtMillis", commit.recordedAt().toEpochMilli());
        json.writeStringField("previousHash", commit.previousHash());
        json.writeStringField("hash", commit.hash());
        json.writeArrayFieldStart("events");
        long position = commit.position();
        for (StoredEvent event : commit.events()) {
            json.writeStartObject();
            json.writeNumberField("position", position++);
            json.writeStringField("id", event.eventId());
            json.writeStringField("aggregateType", event.aggregateType());
            json.writeStringField("aggregateId", event.aggregateId());
            if (event.sequence() == null) {
                json.writeNullField("sequence");
            } else {
                json.writeNumberField("sequence", event.sequence());
            }
            json.writeStringField("type", event.type());
            json.writeStringField("revision", event.revision());
            json.writeStringField("payload", event.payload());
            json.writeStringField("metadata", event.metadata());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
