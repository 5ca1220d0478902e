package org.casebook.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The journal as an auditor reads it through the API ({@code GET /api/journal/export?case=}): each entry of a
 * record (a case, a deployment, a funding source, a responder) with who recorded it and its body, oldest first.
 */
public final class Journal {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One entry: its type, the user and role that recorded it, and its body as the journal holds it. */
    public record Entry(String record, String type, String user, String role, JsonNode body) {

        /** Who recorded it: {@code "<user> <ROLE>"}. */
        public String who() {
            return user + " " + role;
        }
    }

    private Journal() {
    }

    /** The entries of the record with that id, oldest first. */
    public static List<Entry> of(CasebookInstance casebook, String record) {
        return casebook.as("AUDITOR").get("/api/journal/export?case=" + record).body().lines()
                       .map(Journal::read)
                       .flatMap(commit -> StreamSupport.stream(commit.get("events").spliterator(), false))
                       .filter(event -> event.get("aggregateId").asText().equals(record))
                       .map(event -> {
                           JsonNode metadata = read(event.get("metadata").asText());
                           return new Entry(record, event.get("type").asText(), metadata.path("user").asText(null),
                                            metadata.path("role").asText(null), read(event.get("payload").asText()));
                       }).toList();
    }

    /** Who recorded each entry of the record, by its type ({@code "<user> <ROLE>"}; the last of a type counts). */
    public static Map<String, String> whoRecorded(CasebookInstance casebook, String record) {
        Map<String, String> who = new LinkedHashMap<>();
        of(casebook, record).forEach(entry -> who.put(entry.type(), entry.who()));
        return who;
    }

    /** The bodies of the record's entries of that type, oldest first. */
    public static List<JsonNode> bodies(CasebookInstance casebook, String record, String type) {
        return of(casebook, record).stream().filter(entry -> entry.type().equals(type)).map(Entry::body).toList();
    }

    /** How many entries of this type the record's journal holds (Casebook's own steps included). */
    public static int entries(Api auditor, String record, String type) {
        String journal = auditor.get("/api/journal/export?case=" + record).body();
        return journal.split("\"type\":\"" + type + "\"", -1).length - 1;
    }

    /** Waits for the record to have an entry of this type (one Casebook records itself, say). */
    public static void awaitEntry(Api auditor, String record, String type, Duration timeout)
            throws InterruptedException {
        Instant giveUp = Instant.now().plus(timeout);
        while (entries(auditor, record, type) == 0) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError(record + " has no " + type + " after " + timeout);
            }
            Thread.sleep(100);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
