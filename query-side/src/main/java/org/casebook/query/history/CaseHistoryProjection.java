package org.casebook.query.history;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.casebook.journal.json.JournalJson;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.upcasting.Upcasters;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.query.RecordedEntry;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewDefinition;
import org.casebook.query.Views;

/**
 * Keeps the history store: every entry of every case, each case's index of blocks, and when a block fills up, a
 * checkpoint of the folded views as of its last entry.
 */
public class CaseHistoryProjection {

    public static final ViewDefinition<CaseHistoryProjection> VIEW = ViewDefinition.of(
            Views.HISTORY, CaseHistoryProjection.class,
            in -> new CaseHistoryProjection(in.collections(), in.serializer()), HistoryStore.CASES,
            HistoryStore.ENTRIES, HistoryStore.CHECKPOINTS);
    private static final ObjectMapper JSON = JournalJson.newMapper();

    private final HistoryStore store;
    private final StoredEntries stored;
    private final CaseHistory history;

    CaseHistoryProjection(ViewCollections collections, JournalSerializer serializer) {
        this.store = new HistoryStore(collections);
        this.stored = new StoredEntries(serializer, Upcasters.chain());
        this.history = new CaseHistory(collections, serializer);
    }

    @EventHandler
    void on(CrisisEvent event, DomainEventMessage<?> message, TrackingToken token) {
        RecordedEntry entry = RecordedEntry.of(message, token);
        HistoryStore.Index index = store.index(entry.caseId())
                                        .orElse(new HistoryStore.Index(entry.caseId(), 0, List.of()));
        if (entry.sequence() < index.count()) {
            return; // seen before a restart: the store already holds it
        }
        store.saveEntry(stored.write(entry));
        int block = (int) (entry.sequence() / HistoryStore.BLOCK);
        List<HistoryStore.Block> blocks = new ArrayList<>(index.blocks());
        HistoryStore.Block stamps = HistoryStore.Block.of(entry);
        if (block < blocks.size()) {
            blocks.set(block, blocks.get(block).and(stamps));
        } else {
            blocks.add(stamps);
        }
        HistoryStore.Index updated = new HistoryStore.Index(entry.caseId(), entry.sequence() + 1, blocks);
        store.save(updated);
        if (updated.isFull(block)) {
            Document views = new Document();
            for (FoldedView<?> view : FoldedView.ALL) {
                views.append(view.name(), write(history.asOf(entry.caseId(), AsOf.position(entry.position()), view)));
            }
            store.saveCheckpoint(entry.caseId(), block, FoldedView.fingerprint(), views);
        }
    }

    private static String write(Object state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a history checkpoint", e);
        }
    }
}
