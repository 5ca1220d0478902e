package org.casebook.journal;

import org.casebook.journal.testing.TestStore;

/**
 * The journal's rules on the volatile store (tests that need volume, throwaway demos), where the in-process journal
 * has no ordered file to read ranges from and finds commits by query instead.
 */
class JournalOnVolatileStoreTest extends JournalStorageEngineTest {

    @Override
    TestStore store() {
        return TestStore.volatileMemory();
    }
}
