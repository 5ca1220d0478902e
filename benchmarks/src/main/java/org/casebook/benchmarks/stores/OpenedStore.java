package org.casebook.benchmarks.stores;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * A store ready for the workload: its engine, the transactions its engine needs around units of work (none but
 * JPA's), and how to close it.
 */
record OpenedStore(EventStorageEngine engine, TransactionManager transactions, AutoCloseable closing)
        implements AutoCloseable {

    @Override
    public void close() throws Exception {
        closing.close();
    }
}
