package org.casebook.query.history;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.casebook.journal.json.JournalJson;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.upcasting.Upcasters;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.query.RecordedEntry;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewGenerations;
import org.casebook.query.Views;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * A case's history as the history store keeps it, and views of it as of a moment: folded from the last checkpoint
 * the moment includes, then over the entries after it that the moment includes. The result is the fold of every
 * included entry, as {@code TimeTravelTest} and {@code CheckpointedHistoryTest} prove against a plain fold.
 */
@Component
public class CaseHistory {

    private static final ObjectMapper JSON = JournalJson.newMapper();

    private final HistoryStore store;
    private final StoredEntries stored;

    @Autowired
    public CaseHistory(ViewGenerations generations, @Qualifier("eventSerializer") JournalSerializer serializer) {
        this(generations.liveCollections(Views.HISTORY), serializer);
    }

    public CaseHistory(ViewCollections collections, JournalSerializer serializer) {
        this.store = new HistoryStore(collections);
        this.stored = new StoredEntries(serializer, Upcasters.chain());
    }

    /** The live case history in a store, for tools that run without the server. */
    public static CaseHistory live(MongoDatabase database, JournalSerializer serializer) {
        return new CaseHistory(new ViewGenerations(database), serializer);
    }

    /** Every entry of a case, in the order recorded. */
    public List<RecordedEntry> entries(String caseId) {
        return store.index(caseId)
                    .map(index -> read(caseId, store.entries(caseId, 0, index.count())))
                    .orElse(List.of());
    }

    public List<String> caseIds() {
        return store.caseIds();
    }

    /** The view's state for a case as of a moment; null if the case was not opened by then. */
    public <T> T asOf(String caseId, AsOf asOf, FoldedView<T> view) {
        HistoryStore.Index index = store.index(caseId).orElse(null);
        if (index == null) {
            return null;
        }
        int start = lastIncludedCheckpoint(index, asOf);
        T state = null;
        while (start >= 0) {
            Document checkpoint = store.checkpoint(caseId, start, FoldedView.fingerprint()).orElse(null);
            if (checkpoint != null) {
                state = read(checkpoint.get("views", Document.class).getString(view.name()), view.type());
                break;
            }
            start--;
        }
        for (int block = start + 1; block < index.blocks().size(); block++) {
            HistoryStore.Block stats = index.blocks().get(block);
            if (asOf.clock() == AsOf.Clock.EFFECTIVE && stats.minEffectiveAt() > asOf.at().toEpochMilli()) {
                continue;
            }
            long from = (long) block * HistoryStore.BLOCK;
            for (RecordedEntry entry : read(caseId, store.entries(caseId, from, Math.min(index.count(),
                                                                                       from + HistoryStore.BLOCK)))) {
                if (asOf.excludesAllAfter(entry)) {
                    return state;
                }
                if (asOf.includes(entry) && (state != null || entry.event() instanceof CrisisOpened)) {
                    state = view.fold().apply(state, entry);
                }
            }
        }
        return state;
    }

    /** The last full block whose every entry, and every entry before it, the moment includes; -1 for none. */
    private static int lastIncludedCheckpoint(HistoryStore.Index index, AsOf asOf) {
        int last = -1;
        long prefixMaxEffective = Long.MIN_VALUE;
        for (int block = 0; block < index.blocks().size() && index.isFull(block); block++) {
            HistoryStore.Block stats = index.blocks().get(block);
            prefixMaxEffective = Math.max(prefixMaxEffective, stats.maxEffectiveAt());
            boolean included = switch (asOf.clock()) {
                case RECORDED -> stats.lastRecordedAt() <= asOf.at().toEpochMilli();
                case EFFECTIVE -> prefixMaxEffective <= asOf.at().toEpochMilli();
                case POSITION -> stats.lastPosition() <= asOf.position();
            };
            if (!included) {
                break;
            }
            last = block;
        }
        return last;
    }

    private List<RecordedEntry> read(String caseId, List<Document> documents) {
        List<RecordedEntry> entries = new ArrayList<>(documents.size());
        for (Document document : documents) {
            entries.add(stored.read(caseId, document));
        }
        return entries;
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return json == null ? null : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a history checkpoint cannot be read as " + type.getSimpleName(), e);
        }
    }
}
