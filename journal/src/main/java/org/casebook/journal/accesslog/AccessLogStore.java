package org.casebook.journal.accesslog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.casebook.journal.CanonicalForm;
import org.casebook.journal.store.PageOfDocuments;
import org.casebook.kernel.TextRule;

/**
 * The access log as stored, one document per entry, chained by hash like the journal's commits:
 *
 * <pre>
 * { _id: 17 (int64 position, dense from 1), at: date (ms), user, role, action, details: { ... },
 *   previousHash: hex (64 zeros for entry 1), hash: hex }            see {@link AccessLogForm}
 * </pre>
 *
 * An append claims its position with the {@code _id}, as a journal commit does: if another writer (thread or
 * process) took it first, the insert fails on the duplicate key and the writer moves on past that entry and tries
 * again. So positions are dense and each entry names the hash of the one before it, whoever wrote it. Entries
 * written before the chain existed have an ObjectId and no hash.
 */
public final class AccessLogStore {

    public static final String COLLECTION = "audit_access_log";
    private static final int MAX_POSITION_RACES = 1_000;

    private final MongoCollection<Document> entries;
    private AccessEntry last;
    private boolean lastLoaded;

    /** @param majority write and read with majority concerns (a replica set), as the journal does */
    public AccessLogStore(MongoDatabase database, boolean majority) {
        MongoCollection<Document> collection = database.getCollection(COLLECTION);
        this.entries = majority ? collection.withWriteConcern(WriteConcern.MAJORITY.withJournal(true))
                                            .withReadConcern(ReadConcern.MAJORITY)
                                : collection;
    }

    /** Appends an entry after the last one; returns it with its position and hash. */
    public synchronized AccessEntry append(Instant at, String user, String role, String action,
                                           Map<String, ?> details) {
        Instant time = at.truncatedTo(ChronoUnit.MILLIS);
        String who = storable(user);
        String as = storable(role);
        String what = storable(action);
        Map<String, Object> stored = new LinkedHashMap<>();
        details.forEach((key, value) -> {
            if (!AccessLogForm.isDetail(value)) {
                throw new IllegalArgumentException("the access-log detail " + key + " is a "
                        + value.getClass().getName() + "; details are texts, integers, true, false or null");
            }
            stored.put(storable(key), value instanceof String text ? storable(text) : value);
        });
        AccessEntry previous = lastEntry();
        for (int race = 0; race < MAX_POSITION_RACES; race++) {
            long position = previous == null ? 1 : previous.position() + 1;
            String previousHash = previous == null ? CanonicalForm.GENESIS_HASH : previous.hash();
            AccessEntry entry = new AccessEntry(position, time, who, as, what, stored, previousHash,
                                                AccessLogForm.hash(previousHash, position, time, who, as, what,
                                                                   stored));
            try {
                entries.insertOne(toDocument(entry));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                previous = lastFrom(position);
                continue;
            }
            last = entry;
            return entry;
        }
        throw new IllegalStateException("gave up appending to the access log after " + MAX_POSITION_RACES
                + " races for its end");
    }

    /** One page of the log, newest first, and how many entries it holds: both read from one state of it. */
    public record Page(List<AccessEntry> items, long total) {
    }

    /** Newest first, entries from before the chain included, with the number of entries in all. */
    public Page newest(int page, int size) {
        PageOfDocuments found = PageOfDocuments.read(entries, new Document(),
                                                     new Document("at", -1).append("_id", -1), page * size, size);
        List<AccessEntry> items = new ArrayList<>();
        for (Document document : found.items()) {
            items.add(fromDocument(document));
        }
        return new Page(items, found.total());
    }

    /** Every stored document, for verification. */
    Iterable<Document> documents() {
        return entries.find().batchSize(2_000);
    }

    /** The last entry of the chain, found on first use: positions are dense, so a search by exact keys finds it. */
    private AccessEntry lastEntry() {
        if (!lastLoaded) {
            last = findLast();
            lastLoaded = true;
        }
        return last;
    }

    private AccessEntry findLast() {
        if (!exists(1)) {
            return null;
        }
        long present = 1;
        long step = 1;
        while (exists(present + step)) {
            present += step;
            step *= 2;
        }
        long absent = present + step;
        while (absent - present > 1) {
            long middle = present + (absent - present) / 2;
            if (exists(middle)) {
                present = middle;
            } else {
                absent = middle;
            }
        }
        return lastFrom(present);
    }

    /** The entry at {@code position} (which exists), or the last of those that follow it without a gap. */
    private AccessEntry lastFrom(long position) {
        Document found = entries.find(new Document("_id", position)).first();
        for (long next = position + 1; ; next++) {
            Document following = entries.find(new Document("_id", next)).first();
            if (following == null) {
                return fromDocument(found);
            }
            found = following;
        }
    }

    private boolean exists(long position) {
        return entries.find(new Document("_id", position)).projection(new Document("_id", 1)).first() != null;
    }

    private static Document toDocument(AccessEntry entry) {
        return new Document("_id", entry.position())
                .append("at", Date.from(entry.at()))
                .append("user", entry.user())
                .append("role", entry.role())
                .append("action", entry.action())
                .append("details", new Document(entry.details()))
                .append("previousHash", entry.previousHash())
                .append("hash", entry.hash());
    }

    /** An entry as stored; one without a numeric position or hash reads as recorded before the chain. */
    static AccessEntry fromDocument(Document document) {
        Document details = document.get("details") instanceof Document stored ? stored : new Document();
        boolean chained = document.get("_id") instanceof Long && document.containsKey("hash");
        return new AccessEntry(chained ? document.getLong("_id") : null,
                               document.get("at") instanceof Date at ? at.toInstant() : null,
                               text(document, "user"), text(document, "role"), text(document, "action"),
                               new LinkedHashMap<>(details),
                               chained ? text(document, "previousHash") : null,
                               chained ? text(document, "hash") : null);
    }

    private static String text(Document document, String field) {
        Object value = document.get(field);
        return value == null ? null : value.toString();
    }

    /** Lone surrogates have no UTF-8 form; they are stored, and so hashed, as the store would keep them. */
    private static String storable(String text) {
        return text == null || TextRule.isWellFormed(text) ? text
                : new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
