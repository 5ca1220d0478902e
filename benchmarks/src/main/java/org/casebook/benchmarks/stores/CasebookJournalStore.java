package org.casebook.benchmarks.stores;

import java.nio.file.Path;

import org.axonframework.common.transaction.NoTransactionManager;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.store.Store;

/**
 * Casebook's journal as the server opens it on one machine: the embedded store in a data folder, durable
 * acknowledgements (group commit), no majority. The one place to edit when the journal's design changes (a new
 * store backend, snapshots, a cache of aggregates): the rest of the harness sees only an Axon engine.
 */
final class CasebookJournalStore implements CandidateStore {

    private static final String DATABASE = "casebook";

    @Override
    public String name() {
        return "Casebook's journal, embedded store";
    }

    @Override
    public String shortName() {
        return "Casebook";
    }

    @Override
    public OpenedStore open(Path folder) {
        // Store.journal() is the server's wiring: durability of the embedded store, majority only on a replica set
        Store store = Store.embedded(folder, 0, DATABASE);
        JournalStorageEngine journal = store.journal()
                                            .serializer(JournalSerializer.create(EventTypes.published()))
                                            .build();
        return new OpenedStore(journal, NoTransactionManager.INSTANCE, () -> {
            journal.close();
            store.close();
        });
    }
}
