package org.casebook.journal;

import org.casebook.journal.testing.TestStore;

/**
 * The journal's rules, with its commits reached through the driver on the embedded store: the way of a node that
 * shares another process's store, and the same code as on MongoDB.
 */
class JournalThroughTheWireTest extends JournalStorageEngineTest {

    @Override
    TestStore store() {
        return TestStore.throughTheWire();
    }
}
