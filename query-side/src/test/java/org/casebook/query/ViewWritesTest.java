package org.casebook.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.bson.Document;
import org.casebook.journal.testing.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ViewWritesTest {

    record Note(String text, long position) implements Positioned {
    }

    private final TestStore store = TestStore.fresh();
    private final ViewStore<Note> notes = new ViewStore<>(store.database()::getCollection, "notes", Note.class);

    @AfterEach
    void close() {
        ViewWrites.current().ifPresent(ViewWrites::close);
        store.close();
    }

    private long stored() {
        return notes.collection().countDocuments(new Document());
    }

    @Test
    void outside_a_batch_a_write_is_stored_at_once() {
        notes.save("case-1", new Note("first", 1));

        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void in_a_batch_a_write_is_read_back_at_once_and_stored_when_the_batch_is_flushed() {
        try (ViewWrites batch = ViewWrites.open(Set.of("case-1"))) {
            notes.save("case-1", new Note("first", 1));
            notes.save("case-1", new Note("second", 2));

            assertThat(notes.find("case-1")).contains(new Note("second", 2));
            assertThat(stored()).isZero();

            batch.flush();
        }
        assertThat(notes.find("case-1")).contains(new Note("second", 2));
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void a_batch_closed_without_flushing_stores_nothing() {
        try (ViewWrites batch = ViewWrites.open()) {
            notes.save("case-1", new Note("lost", 1));
        }
        assertThat(stored()).isZero();
        assertThat(notes.find("case-1")).isEmpty();
    }

    @Test
    void a_batch_reads_the_stored_documents_of_its_cases_and_knows_which_are_missing() {
        notes.save("case-1", new Note("one", 1));
        notes.save("case-3", new Note("three", 3));
        try (ViewWrites batch = ViewWrites.open(Set.of("case-1", "case-2"))) {
            assertThat(notes.find("case-1")).contains(new Note("one", 1));
            assertThat(notes.find("case-2")).isEmpty();
            assertThat(notes.find("case-3")).contains(new Note("three", 3));
        }
    }

    @Test
    void after_a_flush_the_batch_reads_what_it_stored() {
        notes.save("case-1", new Note("one", 1));
        try (ViewWrites batch = ViewWrites.open(Set.of("case-1"))) {
            assertThat(notes.find("case-1")).contains(new Note("one", 1));
            notes.save("case-1", new Note("two", 2));
            batch.flush();

            assertThat(notes.find("case-1")).contains(new Note("two", 2));
        }
    }

    @Test
    void a_thread_holds_back_one_batch_at_a_time() {
        try (ViewWrites batch = ViewWrites.open()) {
            assertThatThrownBy(ViewWrites::open).isInstanceOf(IllegalStateException.class);
        }
    }
}
