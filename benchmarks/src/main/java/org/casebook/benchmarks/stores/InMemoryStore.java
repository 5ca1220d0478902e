package org.casebook.benchmarks.stores;

import java.nio.file.Path;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/** Axon's in-memory engine: events kept as objects, nothing serialised or stored; the ceiling of Axon itself. */
final class InMemoryStore implements CandidateStore {

    @Override
    public String name() {
        return "Axon in-memory";
    }

    @Override
    public String shortName() {
        return "in-memory";
    }

    @Override
    public OpenedStore open(Path folder) {
        return new OpenedStore(new InMemoryEventStorageEngine(), NoTransactionManager.INSTANCE, () -> { });
    }
}
