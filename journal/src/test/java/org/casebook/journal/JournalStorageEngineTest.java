package org.casebook.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.casebook.journal.testing.TestEvents.event;
import static org.casebook.journal.testing.TestEvents.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.casebook.journal.testing.StoredJournal;
import org.casebook.journal.testing.TestClock;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.journal.testing.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JournalStorageEngineTest {

    private final TestStore store = store();

    /** The store of each test; the same rules hold through the wire ({@link JournalThroughTheWireTest}). */
    TestStore store() {
        return TestStore.fresh();
    }
    private final StoredJournal stored = new StoredJournal(store.database());

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void every_event_gets_the_next_global_position_without_gaps_when_eight_writers_append_at_once() throws Exception {
        JournalStorageEngine journal = store.journal().build();
        int writers = 8;
        int commitsEach = 40;
        writeConcurrently(writers, writer -> {
            String crisis = "case-" + writer;
            long sequence = 0;
            for (int commit = 0; commit < commitsEach; commit++) {
                int size = 1 + commit % 3;
                journal.appendEvents(events(crisis, sequence, sequence + size - 1));
                sequence += size;
            }
        });

        List<Long> positions = readAll(journal).stream().map(JournalStorageEngineTest::positionOf).toList();
        long expectedEvents = writers * (long) (commitsEach / 3 * 6 + (commitsEach % 3 == 1 ? 1 : commitsEach % 3 == 2 ? 3 : 0));
        assertThat(positions).hasSize((int) expectedEvents);
        for (int i = 0; i < positions.size(); i++) {
            assertThat(positions.get(i)).isEqualTo(i + 1L);
        }
        assertThat(stored.firstBrokenLink()).isNull();
        assertThat(journal.head().position()).isEqualTo(expectedEvents);
    }

    @Test
    void a_reader_following_the_journal_while_eight_writers_append_sees_every_event_once_in_order() throws Exception {
        JournalStorageEngine journal = store.journal().build();
        int writers = 8;
        int commitsEach = 30;
        long expected = writers * (long) commitsEach * 2;
        List<Long> seen = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            TrackingToken token = null;
            while (seen.size() < expected) {
                // Stop after a few events, as a processor's batch may, to resume from its token (even mid-commit).
                for (TrackedEventMessage<?> message : journal.readEvents(token, false).limit(7).toList()) {
                    seen.add(positionOf(message));
                    token = message.trackingToken();
                }
            }
        });
        reader.start();
        writeConcurrently(writers, writer -> {
            String crisis = "followed-" + writer;
            for (long sequence = 0; sequence < commitsEach * 2L; sequence += 2) {
                journal.appendEvents(events(crisis, sequence, sequence + 1));
            }
        });
        reader.join(60_000);

        assertThat(reader.isAlive()).isFalse();
        assertThat(seen).containsExactlyElementsOf(range(1, expected));
    }

    @Test
    void two_journals_sharing_one_store_interleave_without_gaps_or_duplicates() throws Exception {
        JournalStorageEngine first = store.journal().build();
        JournalStorageEngine second = store.journal().build();
        appendFiftyEventsEach(4, "shared-", writer -> writer % 2 == 0 ? first : second);

        List<? extends TrackedEventMessage<?>> all = readAll(first);
        assertThat(all).extracting(JournalStorageEngineTest::positionOf)
                       .containsExactlyElementsOf(range(1, 200));
        assertThat(all).extracting(TrackedEventMessage::getIdentifier).doesNotHaveDuplicates();
        assertThat(stored.firstBrokenLink()).isNull();
    }

    @Test
    void a_journal_in_the_process_holding_the_store_and_one_through_the_wire_interleave_and_conflict_alike()
            throws Exception {
        JournalStorageEngine holder = store.journal().build();
        JournalStorageEngine wire = store.journal()
                                         .commits(new MongoCommitStore(store.database(), store.isReal()))
                                         .build();
        appendFiftyEventsEach(4, "mixed-", writer -> writer % 2 == 0 ? holder : wire);

        assertThat(readAll(wire)).extracting(JournalStorageEngineTest::positionOf)
                                 .containsExactlyElementsOf(range(1, 200));
        assertThat(stored.firstBrokenLink()).isNull();
        holder.appendEvents(events("contested", 0, 0));
        assertThatThrownBy(() -> wire.appendEvents(events("contested", 0, 0)))
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void a_position_stored_as_a_32_bit_number_is_still_read_in_order_and_the_journal_continues_after_it() {
        JournalStorageEngine journal = store.journal().build();
        for (long sequence = 0; sequence < 3; sequence++) {
            journal.appendEvents(events("typed", sequence, sequence));
        }
        MongoCollection<Document> commits = store.database().getCollection(CommitStore.COMMITS);
        Document second = commits.find(new Document("_id", 2L)).first();
        commits.deleteOne(new Document("_id", 2L));
        second.put("_id", 2);
        commits.insertOne(second);

        JournalStorageEngine restarted = store.journal().build();
        assertThat(readAll(restarted)).extracting(JournalStorageEngineTest::positionOf).containsExactly(1L, 2L, 3L);
        restarted.appendEvents(events("typed", 3, 3));
        assertThat(readAll(restarted)).extracting(JournalStorageEngineTest::positionOf)
                                      .containsExactly(1L, 2L, 3L, 4L);
        assertThat(restarted.readEvents("typed", 0).asStream().count()).isEqualTo(4);
    }

    @Test
    void a_commit_with_several_events_is_one_document_and_is_stored_whole() {
        JournalStorageEngine journal = store.journal().build();

        journal.appendEvents(events("atomic", 0, 2));

        assertThat(stored.documentCount()).isEqualTo(1);
        Commit commit = stored.commits().get(0);
        assertThat(commit.position()).isEqualTo(1);
        assertThat(commit.lastPosition()).isEqualTo(3);
        assertThat(commit.events()).extracting(StoredEvent::sequence).containsExactly(0L, 1L, 2L);
    }

    @Test
    void a_commit_that_conflicts_stores_none_of_its_events() {
        JournalStorageEngine journal = store.journal().build();
        journal.appendEvents(events("atomic", 0, 1));

        List<DomainEventMessage<?>> overlapping = new ArrayList<>(events("other", 0, 1));
        overlapping.add(event("atomic", 1));
        assertThatThrownBy(() -> journal.appendEvents(overlapping)).isInstanceOf(ConcurrencyException.class);

        assertThat(stored.documentCount()).isEqualTo(1);
        assertThat(journal.readEvents("other", 0).asStream()).isEmpty();
        assertThat(journal.head().position()).isEqualTo(2);
    }

    @Test
    void two_changes_from_the_same_version_cannot_both_be_stored() {
        JournalStorageEngine journal = store.journal().build();
        journal.appendEvents(events("contested", 0, 0));
        journal.appendEvents(List.of(event("contested", 1)));

        assertThatThrownBy(() -> journal.appendEvents(List.of(event("contested", 1))))
                .isInstanceOf(ConcurrencyException.class)
                .hasMessageContaining("contested");
        assertThat(journal.lastSequenceNumberFor("contested")).contains(1L);
    }

    @Test
    void a_case_cannot_be_opened_twice_under_one_id() {
        JournalStorageEngine journal = store.journal().build();
        journal.appendEvents(List.of(event("twice", 0)));

        assertThatThrownBy(() -> journal.appendEvents(List.of(event("twice", 0))))
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void the_same_conflict_is_caught_across_two_journal_processes() {
        JournalStorageEngine first = store.journal().build();
        JournalStorageEngine second = store.journal().build();
        first.appendEvents(List.of(event("contested", 0)));
        second.appendEvents(List.of(event("elsewhere", 0)));

        first.appendEvents(List.of(event("contested", 1)));
        assertThatThrownBy(() -> second.appendEvents(List.of(event("contested", 1))))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(readAll(first)).hasSize(3);
        assertThat(stored.firstBrokenLink()).isNull();
    }

    @Test
    void each_commit_hash_recomputes_from_the_stored_document() {
        JournalStorageEngine journal = store.journal().build();
        for (int i = 0; i < 20; i++) {
            journal.appendEvents(events("chained-" + i, 0, i % 3));
        }

        List<Commit> commits = stored.commits();
        assertThat(commits).hasSize(20);
        assertThat(commits.get(0).previousHash()).isEqualTo(CanonicalForm.GENESIS_HASH);
        for (int i = 1; i < commits.size(); i++) {
            assertThat(commits.get(i).previousHash()).isEqualTo(commits.get(i - 1).hash());
        }
        assertThat(stored.firstBrokenLink()).isNull();
        Commit last = commits.get(commits.size() - 1);
        assertThat(journal.head()).isEqualTo(new JournalHead(last.lastPosition(), last.hash()));
    }

    @Test
    void a_changed_payload_no_longer_matches_its_hash() {
        JournalStorageEngine journal = store.journal().build();
        journal.appendEvents(List.of(event("tampered", 0)));
        journal.appendEvents(List.of(event("tampered", 1)));
        journal.appendEvents(List.of(event("tampered", 2)));

        Document second = store.database().getCollection(CommitStore.COMMITS).find(new Document("_id", 2L)).first();
        Document storedEvent = second.getList("events", Document.class).get(0);
        storedEvent.put("payload", storedEvent.getString("payload").replace("step 1", "step 9"));
        store.database().getCollection(CommitStore.COMMITS).replaceOne(new Document("_id", 2L), second);

        assertThat(stored.firstBrokenLink().position()).isEqualTo(2);
    }

    @Test
    void recorded_time_is_the_server_clock_and_never_decreases() {
        TestClock clock = new TestClock(Instant.parse("2026-11-28T10:00:00.123456Z"));
        JournalStorageEngine journal = store.journal().clock(clock).build();

        journal.appendEvents(List.of(event("clock", 0)));
        clock.set(Instant.parse("2026-11-28T09:00:00Z"));
        journal.appendEvents(List.of(event("clock", 1)));

        List<Commit> commits = stored.commits();
        assertThat(commits.get(0).recordedAt()).isEqualTo(Instant.parse("2026-11-28T10:00:00.123Z"));
        assertThat(commits.get(1).recordedAt()).isEqualTo(commits.get(0).recordedAt());
        assertThat(readAll(journal)).extracting(TrackedEventMessage::getTimestamp)
                                    .containsOnly(Instant.parse("2026-11-28T10:00:00.123Z"));
    }

    @Test
    void a_tracking_reader_resumes_inside_a_commit() {
        JournalStorageEngine journal = store.journal().build();
        journal.appendEvents(events("first", 0, 2));
        journal.appendEvents(events("second", 0, 1));

        List<? extends TrackedEventMessage<?>> rest =
                journal.readEvents(new GlobalSequenceTrackingToken(2), false).toList();

        assertThat(rest).extracting(JournalStorageEngineTest::positionOf).containsExactly(3L, 4L, 5L);
        assertThat(rest).extracting(message -> message.getPayload().getClass().getSimpleName())
                        .containsExactly("CrisisMovedToStage", "CrisisOpened", "CrisisMovedToStage");
    }

    @Test
    void a_reader_at_the_head_finds_nothing_until_the_next_commit() {
        JournalStorageEngine journal = store.journal().build();
        journal.appendEvents(events("first", 0, 1));

        assertThat(journal.readEvents(new GlobalSequenceTrackingToken(2), false)).isEmpty();
        journal.appendEvents(List.of(event("first", 2)));
        assertThat(journal.readEvents(new GlobalSequenceTrackingToken(2), false))
                .extracting(JournalStorageEngineTest::positionOf).containsExactly(3L);
    }

    @Test
    void a_range_of_the_journal_holds_the_positions_after_its_start_up_to_its_end_even_inside_a_commit() {
        JournalStorageEngine journal = store.journal().readWindow(2).build();
        journal.appendEvents(events("first", 0, 2));
        journal.appendEvents(events("second", 0, 1));
        journal.appendEvents(events("third", 0, 2));

        assertThat(positions(journal.readRange(0, 4))).containsExactly(1L, 2L, 3L, 4L);
        assertThat(positions(journal.readRange(2, 6))).containsExactly(3L, 4L, 5L, 6L);
        assertThat(positions(journal.readRange(5, Long.MAX_VALUE))).containsExactly(6L, 7L, 8L);
        assertThat(journal.readRange(3, 3)).isEmpty();
        assertThat(journal.readRange(8, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void one_stream_read_up_to_a_position_holds_its_events_at_or_before_it() {
        JournalStorageEngine journal = longStreamAroundNoise(2, 4);

        assertThat(positions(journal.readTrackedEvents("long", 4))).containsExactly(1L, 2L, 4L);
        assertThat(positions(journal.readTrackedEvents("long", 3))).containsExactly(1L, 2L);
        assertThat(journal.readTrackedEvents("long", 0)).isEmpty();
        assertThat(positions(journal.readTrackedEvents("long", Long.MAX_VALUE))).containsExactly(1L, 2L, 4L, 5L, 6L);
    }

    @Test
    void an_aggregate_stream_loads_across_read_windows() {
        JournalStorageEngine journal = longStreamAroundNoise(3, 5);
        journal.appendEvents(events("long", 6, 6));
        journal.appendEvents(events("long", 7, 9));

        assertThat(journal.readEvents("long", 0).asStream())
                .extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(range(0, 9));
        assertThat(journal.readEvents("long", 4).asStream())
                .extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(range(4, 9));
        assertThat(readAll(journal)).hasSize(11);
    }

    @Test
    void the_last_sequence_number_of_a_stream_is_found() {
        JournalStorageEngine journal = store.journal().build();
        journal.appendEvents(events("counted", 0, 36));

        assertThat(journal.lastSequenceNumberFor("counted")).contains(36L);
        assertThat(journal.lastSequenceNumberFor("absent")).isEmpty();
    }

    @Test
    void a_restarted_journal_finds_its_head_and_continues_the_chain() {
        JournalStorageEngine before = store.journal().build();
        for (int i = 0; i < 75; i++) {
            before.appendEvents(List.of(event("restart-" + i, 0)));
        }
        JournalHead headBefore = before.head();

        JournalStorageEngine after = store.journal().build();
        assertThat(after.head()).isEqualTo(headBefore);
        after.appendEvents(List.of(event("restart-0", 1)));

        assertThat(after.head().position()).isEqualTo(76);
        assertThat(stored.firstBrokenLink()).isNull();
    }

    @Test
    void a_journal_without_a_head_hint_still_finds_its_head() {
        JournalStorageEngine before = store.journal().build();
        for (int i = 0; i < 10; i++) {
            before.appendEvents(events("unhinted-" + i, 0, 1));
        }
        store.database().getCollection(CommitStore.HEAD_HINT).drop();

        JournalStorageEngine after = store.journal().build();
        assertThat(after.head()).isEqualTo(before.head());
        assertThat(after.head().position()).isEqualTo(20);
    }

    @Test
    void an_event_type_that_is_not_published_is_refused() {
        JournalStorageEngine journal = store.journal().build();

        assertThatThrownBy(() -> journal.appendEvents(List.of(GenericEventMessage.asEventMessage(new Unlisted("x")))))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("not a published event type");
        assertThat(stored.documentCount()).isZero();
    }

    @Test
    void payloads_are_stored_as_json_under_their_published_name_and_revision() {
        JournalStorageEngine journal = store.journal().build();
        journal.appendEvents(List.of(event("named", 0)));

        StoredEvent storedEvent = stored.commits().get(0).events().get(0);
        assertThat(storedEvent.type()).isEqualTo("CrisisOpened");
        assertThat(storedEvent.revision()).isEqualTo("1");
        assertThat(storedEvent.payload()).startsWith("{\"crisisId\":\"named\",\"title\":\"Case named\"");
        assertThat(storedEvent.metadata()).isEqualTo("{\"role\":\"COORDINATOR\",\"user\":\"tester\"}");
    }

    @Test
    void a_token_at_an_instant_points_before_the_first_event_recorded_then() {
        TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
        JournalStorageEngine journal = store.journal().clock(clock).build();
        for (int day = 0; day < 10; day++) {
            clock.set(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * day));
            journal.appendEvents(events("daily-" + day, 0, 1));
        }

        assertThat(journal.createTokenAt(Instant.parse("2026-01-04T00:00:00Z")))
                .isEqualTo(new GlobalSequenceTrackingToken(6));
        assertThat(journal.createTokenAt(Instant.parse("2026-01-04T00:00:01Z")))
                .isEqualTo(new GlobalSequenceTrackingToken(8));
        assertThat(journal.createTokenAt(Instant.parse("2025-12-31T00:00:00Z"))).isNull();
        assertThat(journal.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(20));
    }

    @Test
    void concurrent_appends_to_the_embedded_store_share_its_commits() throws Exception {
        assumeFalse(store.isReal(), "group commit is the embedded store's; MongoDB uses its write concern");
        GroupCommit groupCommit = (GroupCommit) store.durability();
        JournalStorageEngine journal = store.journal().build();
        appendFiftyEventsEach(8, "grouped-", writer -> journal);

        assertThat(journal.head().position()).isEqualTo(400);
        assertThat(groupCommit.flushes()).isBetween(1L, 399L);
    }

    @Test
    void a_decision_stored_as_revision_1_is_read_as_the_current_revision_and_its_stored_form_is_kept() throws Exception {
        JournalStorageEngine journal = store.journal().build();
        String storedPayload;
        try (var in = getClass().getResourceAsStream("/event-samples/DecisionRecorded-1.json")) {
            storedPayload = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StoredEvent revision1 = new StoredEvent("old-decision", "Crisis", "old-case", 0L, "DecisionRecorded", "1",
                                                storedPayload, "{}");
        journal.commitStore().insert(Commit.seal(1, Instant.parse("2026-01-15T08:30:00Z"), CanonicalForm.GENESIS_HASH,
                                                 List.of(revision1)));

        DecisionRecorded decision = (DecisionRecorded) journal.readEvents("old-case", 0).next().getPayload();
        TrackedEventMessage<?> tracked = journal.readEvents(null, false).findFirst().orElseThrow();

        assertThat(decision.sensitivity()).isNull();
        assertThat(decision.decision()).startsWith("Deploy a field ACT");
        assertThat(tracked.getPayload()).isEqualTo(decision);
        assertThat(stored.commits().get(0).events().get(0).payload()).isEqualTo(storedPayload);
        assertThat(stored.firstBrokenLink()).isNull();
    }

    @Test
    void the_journal_keeps_no_snapshots_so_a_case_always_loads_from_its_events() {
        JournalStorageEngine journal = store.journal().build();
        journal.appendEvents(List.of(event("snapped", 0)));

        assertThatThrownBy(() -> journal.storeSnapshot(
                new GenericDomainEventMessage<>("Crisis", "snapped", 0, new Unlisted("at 0"))))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("keeps no snapshots");
        assertThat(journal.readSnapshot("snapped")).isEmpty();
        assertThat(journal.readEvents("snapped").asStream()).hasSize(1);
    }

    /**
     * A journal read {@code readWindow} commits at a time, holding the stream "long" at positions 1, 2 and from 4 (its
     * events 0 to {@code lastSequence}), with another stream's event at position 3 between them.
     */
    private JournalStorageEngine longStreamAroundNoise(int readWindow, long lastSequence) {
        JournalStorageEngine journal = store.journal().readWindow(readWindow).build();
        journal.appendEvents(events("long", 0, 1));
        journal.appendEvents(List.of(event("noise", 0)));
        journal.appendEvents(events("long", 2, lastSequence));
        return journal;
    }

    /** Runs {@code write} once for each writer (numbered from 0), all at once on a pool, and waits for every one. */
    private static void writeConcurrently(int writers, IntConsumer write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int number = writer;
                done.add(pool.submit(() -> write.accept(number)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Each writer appends 50 single-event commits to its own crisis ({@code prefix + writer}) in the journal it is given. */
    private static void appendFiftyEventsEach(int writers, String prefix, IntFunction<JournalStorageEngine> journalOf)
            throws Exception {
        writeConcurrently(writers, writer -> {
            JournalStorageEngine journal = journalOf.apply(writer);
            String crisis = prefix + writer;
            for (long sequence = 0; sequence < 50; sequence++) {
                journal.appendEvents(List.of(event(crisis, sequence)));
            }
        });
    }

    private static List<? extends TrackedEventMessage<?>> readAll(JournalStorageEngine journal) {
        return journal.readEvents(null, false).toList();
    }

    private static List<Long> positions(Stream<TrackedEventMessage<?>> events) {
        return events.map(JournalStorageEngineTest::positionOf).toList();
    }

    private static long positionOf(TrackedEventMessage<?> message) {
        return message.trackingToken().position().orElseThrow();
    }

    private static List<Long> range(long from, long to) {
        List<Long> values = new ArrayList<>();
        for (long value = from; value <= to; value++) {
            values.add(value);
        }
        return values;
    }

    record Unlisted(String value) {
    }
}
