package org.casebook.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.testing.TestClock;
import org.casebook.journal.testing.TestStore;
import org.casebook.kernel.crisis.AssessmentId;
import org.casebook.kernel.crisis.AssessmentRecorded;
import org.casebook.kernel.crisis.Body;
import org.casebook.kernel.crisis.Coordinator;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.CrisisOpened;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.EntryCorrected;
import org.casebook.kernel.crisis.EventId;
import org.casebook.kernel.crisis.Finding;
import org.casebook.kernel.crisis.FindingType;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.casebook.query.RecordedEntry;
import org.casebook.query.ViewGenerations;
import org.casebook.query.Views;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Views as of a moment, built from checkpoints, are exactly the plain fold of every entry the moment includes,
 * read straight from the journal: checked on random histories several blocks long, with late entries, for many
 * moments on each clock; also after the events are delivered again and with checkpoints gone.
 */
class CheckpointedHistoryTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> CASES = List.of("case-a", "case-b", "case-c");

    private final TestStore store = TestStore.fresh();
    private final TestClock clock = new TestClock(START);
    private final Random random = new Random(20261128);
    private JournalStorageEngine journal;
    private HistoryFeed feed;
    private long entries;

    @BeforeEach
    void recordRandomHistories() {
        journal = store.journal().clock(clock).build();
        feed = new HistoryFeed(store.database(), journal);
        Map<String, Integer> sequences = new HashMap<>();
        for (int i = 0; i < 3 * 150; i++) {
            String caseId = CASES.get(random.nextInt(CASES.size()));
            int sequence = sequences.merge(caseId, 1, Integer::sum) - 1;
            clock.advance(Duration.ofMinutes(1 + random.nextInt(30)));
            Instant effective = random.nextInt(6) == 0
                    ? clock.instant().minusSeconds(3600L * (1 + random.nextInt(24 * 20)))   // late: days ago
                    : clock.instant().minusMillis(random.nextInt(5000)).plusNanos(random.nextInt(999_999));
            journal.appendEvents(List.of(new GenericDomainEventMessage<>(
                    "Crisis", caseId, sequence, event(caseId, sequence),
                    MetaData.from(Map.of("user", "coordinator", "role", "COORDINATOR",
                                         "effectiveAt", effective.toString())),
                    eventId(caseId, sequence), clock.instant())));
            entries++;
        }
        feed.catchUp();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void every_view_as_of_any_moment_on_any_clock_is_the_plain_fold_of_what_the_moment_includes() {
        assertEveryMomentMatchesThePlainFold(25);
    }

    @Test
    void delivering_the_events_again_changes_nothing() {
        feed.replayFrom(0);
        feed.replayFrom(entries / 2);

        assertEveryMomentMatchesThePlainFold(20);
    }

    @Test
    void without_checkpoints_the_views_are_folded_from_the_entries_and_are_the_same() {
        store.database().getCollection(HistoryStore.CHECKPOINTS).deleteMany(new Document());

        assertEveryMomentMatchesThePlainFold(20);
    }

    @Test
    void a_checkpoint_is_kept_after_each_full_block() {
        for (String caseId : CASES) {
            long count = new HistoryStore(new ViewGenerations(store.database()).liveCollections(Views.HISTORY)).index(caseId).orElseThrow().count();
            assertThat(store.database().getCollection(HistoryStore.CHECKPOINTS)
                            .countDocuments(new Document("_id", new Document("$regex", "^" + caseId + "#"))))
                    .isEqualTo(count / HistoryStore.BLOCK);
        }
    }

    private void assertEveryMomentMatchesThePlainFold(int momentsPerClock) {
        Instant end = clock.instant();
        for (String caseId : CASES) {
            List<RecordedEntry> fromTheJournal = journal.readTrackedEvents(caseId)
                                                        .map(message -> RecordedEntry.of(
                                                                (DomainEventMessage<?>) message,
                                                                message.trackingToken()))
                                                        .toList();
            assertThat(feed.history().entries(caseId)).isEqualTo(fromTheJournal);
            List<AsOf> moments = new ArrayList<>(moments(end, momentsPerClock));
            moments.addAll(atTheEdgesOfBlocks(fromTheJournal));
            for (AsOf asOf : moments) {
                assertThat(feed.history().asOf(caseId, asOf, FoldedView.CASE_FILE))
                        .as("%s as of %s", caseId, asOf)
                        .isEqualTo(TimeTravel.fold(fromTheJournal, asOf, FoldedView.CASE_FILE.fold()));
                assertThat(feed.history().asOf(caseId, asOf, FoldedView.BOARD))
                        .as("%s board as of %s", caseId, asOf)
                        .isEqualTo(TimeTravel.fold(fromTheJournal, asOf, FoldedView.BOARD.fold()));
            }
        }
    }

    private List<AsOf> moments(Instant end, int perClock) {
        List<AsOf> moments = new ArrayList<>();
        long span = end.toEpochMilli() - START.minusSeconds(86_400L * 21).toEpochMilli();
        for (int i = 0; i < perClock; i++) {
            Instant at = START.minusSeconds(86_400L * 21).plusMillis((long) (random.nextDouble() * span));
            moments.add(AsOf.recorded(at));
            moments.add(AsOf.effective(at));
            moments.add(AsOf.position(1 + random.nextInt((int) entries)));
        }
        moments.add(AsOf.position(entries));
        moments.add(AsOf.effective(end));
        return moments;
    }

    /** The moments at, and just before, the first and last entries of each block: where checkpoints start. */
    private static List<AsOf> atTheEdgesOfBlocks(List<RecordedEntry> entries) {
        List<AsOf> moments = new ArrayList<>();
        for (RecordedEntry entry : entries) {
            long place = entry.sequence() % HistoryStore.BLOCK;
            if (place == 0 || place == HistoryStore.BLOCK - 1) {
                moments.add(AsOf.recorded(entry.recordedAt()));
                moments.add(AsOf.recorded(entry.recordedAt().minusMillis(1)));
                moments.add(AsOf.effective(entry.effectiveAt()));
                moments.add(AsOf.effective(entry.effectiveAt().minusNanos(1)));
                moments.add(AsOf.position(entry.position()));
                moments.add(AsOf.position(entry.position() - 1));
            }
        }
        return moments;
    }

    private CrisisEvent event(String caseId, int sequence) {
        CaseId id = new CaseId(caseId);
        if (sequence == 0) {
            return new CrisisOpened(id, "Case " + caseId, new CountryCode("SD"), null, "Summary", Stage.WATCH,
                                    Sensitivity.SBU, new Body("CRSG"), new Coordinator("M. Alvarez"));
        }
        return switch (random.nextInt(4)) {
            case 0 -> new AssessmentRecorded(id, AssessmentId.number(sequence), List.of(
                    new Finding(FindingType.CONTEXT, "Finding " + sequence)), "Assessment " + sequence);
            case 1 -> new DecisionRecorded(id, DecisionId.number(sequence), "Decision " + sequence, "Because",
                                           List.of("Act"), new Body("CRSG"), "PS-1",
                                           sequence > 2 && random.nextBoolean()
                                                   ? DecisionId.number(1 + random.nextInt(sequence - 1)) : null,
                                           null, random.nextBoolean() ? Sensitivity.UNCLASSIFIED : null);
            case 2 -> new CrisisMovedToStage(id, Stage.WATCH, Stage.values()[random.nextInt(6)], "move " + sequence);
            default -> {
                int target = random.nextInt(sequence);
                yield new EntryCorrected(id, new EventId(eventId(caseId, target)), target, "Entry", "Wrong",
                                         "Corrected " + sequence);
            }
        };
    }

    private static String eventId(String caseId, int sequence) {
        return caseId + "-" + sequence;
    }
}
