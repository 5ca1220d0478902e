package org.casebook.query.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.casebook.query.RecordedEntry;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewWrites;

/**
 * The case history store, kept by {@link CaseHistoryProjection}: each case's entries (keyed {@code caseId#sequence}),
 * in blocks of {@link #BLOCK} with a small index per case (each block's last position and recorded time, and its
 * earliest and latest effective time), and after each full block a checkpoint of the folded views. Every read is
 * an exact-key lookup.
 */
final class HistoryStore {

    static final int BLOCK = 64;
    static final String CASES = "history_cases";
    static final String ENTRIES = "history_entries";
    static final String CHECKPOINTS = "history_checkpoints";

    /**
     * What the index knows of one block of a case's entries, in epoch milliseconds: its last position and recorded
     * time, and its effective times rounded outwards (down for the earliest, up for the latest), so that a
     * comparison by millisecond never wrongly includes or skips an entry.
     */
    record Block(long lastPosition, long lastRecordedAt, long minEffectiveAt, long maxEffectiveAt) {

        static Block of(RecordedEntry entry) {
            long effective = entry.effectiveAt().toEpochMilli();
            long roundedUp = effective + (entry.effectiveAt().getNano() % 1_000_000 == 0 ? 0 : 1);
            return new Block(entry.position(), entry.recordedAt().toEpochMilli(), effective, roundedUp);
        }

        /** This block with a later entry added. */
        Block and(Block later) {
            return new Block(later.lastPosition, later.lastRecordedAt, Math.min(minEffectiveAt, later.minEffectiveAt),
                             Math.max(maxEffectiveAt, later.maxEffectiveAt));
        }
    }

    /** A case's index: how many entries it has, and its blocks in order. */
    record Index(String caseId, long count, List<Block> blocks) {

        boolean isFull(int block) {
            return count >= (long) (block + 1) * BLOCK;
        }
    }

    private final ViewCollections collections;

    HistoryStore(ViewCollections collections) {
        this.collections = collections;
    }

    private MongoCollection<Document> cases() {
        return collections.collection(CASES);
    }

    private MongoCollection<Document> entries() {
        return collections.collection(ENTRIES);
    }

    private MongoCollection<Document> checkpoints() {
        return collections.collection(CHECKPOINTS);
    }

    static String key(String caseId, long sequence) {
        return caseId + "#" + sequence;
    }

    Optional<Index> index(String caseId) {
        return ViewWrites.read(cases(), caseId, Index.class, HistoryStore::index);
    }

    private static Index index(Document document) {
        List<Block> blocks = new ArrayList<>();
        for (Document block : document.getList("blocks", Document.class)) {
            blocks.add(new Block(block.getLong("lastPosition"), block.getLong("lastRecordedAt"),
                                 block.getLong("minEffectiveAt"), block.getLong("maxEffectiveAt")));
        }
        return new Index(document.getString("_id"), ((Number) document.get("count")).longValue(), blocks);
    }

    List<String> caseIds() {
        List<String> ids = new ArrayList<>();
        for (Document document : cases().find().projection(new Document("_id", 1))) {
            ids.add(document.getString("_id"));
        }
        return ids;
    }

    void save(Index index) {
        ViewWrites.write(cases(), index.caseId(), index, () -> {
            List<Document> blocks = index.blocks().stream()
                                         .map(block -> new Document("lastPosition", block.lastPosition())
                                                 .append("lastRecordedAt", block.lastRecordedAt())
                                                 .append("minEffectiveAt", block.minEffectiveAt())
                                                 .append("maxEffectiveAt", block.maxEffectiveAt()))
                                         .toList();
            return new Document("count", index.count()).append("blocks", blocks);
        });
    }

    void saveEntry(Document entry) {
        ViewWrites.write(entries(), entry.getString("_id"), entry, () -> entry);
    }

    /** The stored entries of a case from {@code from} (inclusive) to {@code to} (exclusive), in sequence order. */
    List<Document> entries(String caseId, long from, long to) {
        if (from >= to) {
            return List.of();
        }
        List<Document> found = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Optional<ViewWrites> writes = ViewWrites.current();
        for (long sequence = from; sequence < to; sequence++) {
            String key = key(caseId, sequence);
            writes.flatMap(pending -> pending.get(entries(), key, Document.class))
                  .ifPresentOrElse(found::add, () -> keys.add(key));
        }
        if (!keys.isEmpty()) {
            entries().find(new Document("_id", new Document("$in", keys))).into(found);
        }
        found.sort(Comparator.comparingLong(document -> ((Number) document.get("sequence")).longValue()));
        return found;
    }

    Optional<Document> checkpoint(String caseId, int block, String fingerprint) {
        String key = key(caseId, block);
        return ViewWrites.read(checkpoints(), key, Document.class, found -> found)
                         .filter(found -> fingerprint.equals(found.getString("fingerprint")));
    }

    void saveCheckpoint(String caseId, int block, String fingerprint, Document views) {
        Document checkpoint = new Document("_id", key(caseId, block)).append("fingerprint", fingerprint)
                                                                    .append("views", views);
        ViewWrites.write(checkpoints(), key(caseId, block), checkpoint, () -> checkpoint);
    }
}
