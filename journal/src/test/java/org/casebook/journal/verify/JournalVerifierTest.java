package org.casebook.journal.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.casebook.journal.testing.TestEvents.event;
import static org.casebook.journal.testing.TestEvents.events;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.casebook.journal.Commit;
import org.casebook.journal.CommitDocuments;
import org.casebook.journal.CommitStore;
import org.casebook.journal.JournalHead;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.journal.StoredEvent;
import org.casebook.journal.testing.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Verification finds and names every alteration made to the stored journal behind the journal's back. */
class JournalVerifierTest {

    private final TestStore store = TestStore.fresh();
    private final MongoCollection<Document> commits = store.database().getCollection(CommitStore.COMMITS);
    private JournalStorageEngine journal;
    private JournalVerifier verifier;

    @BeforeEach
    void writeAJournal() {
        journal = store.journal().build();
        for (int i = 0; i < 10; i++) {
            journal.appendEvents(List.of(event("case-a", i)));
            journal.appendEvents(events("case-b", 2L * i, 2L * i + 1));
        }
        verifier = new JournalVerifier(store.commits(), store.isReal(), 5);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void an_untouched_journal_is_intact_to_its_head() {
        VerificationReport report = verifier.verify(1, null, null);

        assertThat(report.problems()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(report.commits()).isEqualTo(20);
        assertThat(report.events()).isEqualTo(30);
        assertThat(report.streams().total()).isEqualTo(2);
        assertThat(report.streams().byType()).containsExactly(java.util.Map.entry("Crisis", 2L));
        assertThat(new JournalHead(report.verifiedTo(), report.hash())).isEqualTo(journal.head());
    }

    @Test
    void a_changed_payload_is_named_with_its_position() {
        tamper(7, document -> {
            Document event = document.getList("events", Document.class).get(0);
            event.put("payload", event.getString("payload").replace("step", "stop"));
        });

        VerificationReport report = verifier.verify(1, null, null);

        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).extracting(Problem::kind, Problem::position)
                                     .containsExactly(tuple(Problem.Kind.ALTERED, 7L));
    }

    @Test
    void a_changed_recorded_time_is_named_too() {
        tamper(4, document -> document.put("recordedAt", new Date(0)));

        assertThat(verifier.verify(1, null, null).problems()).extracting(Problem::kind, Problem::position)
                                                              .containsExactly(tuple(
                                                                      Problem.Kind.ALTERED, 4L));
    }

    @Test
    void a_rewritten_commit_with_a_recomputed_hash_breaks_the_link_to_the_next() {
        Commit original = CommitDocuments.fromDocument(commits.find(new Document("_id", 7L)).first());
        Commit forged = Commit.seal(original.position(), original.recordedAt(), original.previousHash(),
                                    List.of(new StoredEvent(
                                            original.events().get(0).eventId(), "Crisis", "case-a", 2L,
                                            "CrisisMovedToStage", "1", "{\"forged\":true}", "{}")));
        commits.replaceOne(new Document("_id", 7L), CommitDocuments.toDocument(forged));

        VerificationReport report = verifier.verify(1, null, null);

        assertThat(report.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.BROKEN_LINK);
        assertThat(report.problems().get(0).position()).isEqualTo(forged.lastPosition() + 1);
    }

    @Test
    void a_deleted_commit_leaves_a_gap_that_is_named() {
        commits.deleteOne(new Document("_id", 11L));

        VerificationReport report = verifier.verify(1, null, null);

        assertThat(report.problems()).extracting(Problem::kind)
                                     .contains(Problem.Kind.MISSING_POSITIONS, Problem.Kind.BROKEN_LINK);
        Problem gap = report.problems().stream().filter(p -> p.kind() == Problem.Kind.MISSING_POSITIONS)
                            .findFirst().orElseThrow();
        assertThat(gap.position()).isEqualTo(11);
        assertThat(gap.detail()).isEqualTo("no commit holds positions 11 to 12: commits were removed");
    }

    @Test
    void commits_removed_at_the_end_are_found_by_the_anchor() {
        JournalHead published = journal.head();
        commits.deleteOne(new Document("_id", published.position() - 1));

        VerificationReport report = verifier.verify(1, new Anchor(published.position(), published.hash()), null);

        assertThat(report.intact()).isFalse();
        assertThat(report.anchorHolds()).isFalse();
        assertThat(report.problems()).extracting(Problem::kind).contains(Problem.Kind.MISSING_HEAD);
    }

    @Test
    void an_anchor_published_earlier_still_holds_when_the_journal_only_grew() {
        JournalHead published = journal.head();
        journal.appendEvents(List.of(event("case-c", 0)));

        VerificationReport report = verifier.verify(1, Anchor.parse(published.position() + ":" + published.hash()),
                                                    null);

        assertThat(report.intact()).isTrue();
        assertThat(report.anchorHolds()).isTrue();
    }

    @Test
    void an_anchor_whose_history_was_rewritten_does_not_hold() {
        JournalHead published = journal.head();

        VerificationReport report = verifier.verify(1, new Anchor(published.position(), "ab".repeat(32)), null);

        assertThat(report.anchorHolds()).isFalse();
        assertThat(report.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.ANCHOR_MISMATCH);
    }

    @Test
    void a_case_whose_sequence_repeats_is_named() {
        Commit second = CommitDocuments.fromDocument(commits.find(new Document("_id", 2L)).first());
        tamper(2, document -> {
            document.getList("events", Document.class).get(0).put("sequence", 1L);
            document.put(CommitDocuments.STREAM_KEYS, List.of("case-b#1", "case-b#1"));
        });

        List<Problem.Kind> kinds = new ArrayList<>();
        verifier.verify(1, null, null).problems().forEach(problem -> kinds.add(problem.kind()));

        assertThat(second.events()).hasSize(2);
        assertThat(kinds).contains(Problem.Kind.SEQUENCE, Problem.Kind.ALTERED);
    }

    @Test
    void verification_can_start_at_a_position_and_checks_the_link_into_it() {
        VerificationReport fromTheMiddle = verifier.verify(15, null, null);

        assertThat(fromTheMiddle.intact()).isTrue();
        assertThat(fromTheMiddle.commits()).isLessThan(20).isGreaterThan(0);

        tamper(14, document -> document.put("hash", "00".repeat(32)));
        assertThat(verifier.verify(16, null, null).problems()).extracting(Problem::kind)
                                                              .contains(Problem.Kind.BROKEN_LINK);
    }

    @Test
    void progress_is_reported_as_the_verification_goes() {
        List<Progress> reported = new ArrayList<>();

        verifier.verify(1, null, reported::add);

        assertThat(reported).extracting(Progress::commits).containsExactly(5L, 10L, 15L, 20L);
        assertThat(reported).extracting(Progress::position).isSorted();
        assertThat(reported.get(3).position()).isEqualTo(journal.head().position());
    }

    @Test
    void an_anchor_is_proven_from_the_start_and_must_be_well_formed() {
        assertThatThrownBy(() -> verifier.verify(5, new Anchor(3, "ab".repeat(32)), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Anchor.parse("12:nothex")).isInstanceOf(IllegalArgumentException.class)
                                                          .hasMessageContaining("POSITION:HASH");
    }

    private void tamper(long position, Consumer<Document> change) {
        Document document = commits.find(new Document("_id", position)).first();
        change.accept(document);
        commits.replaceOne(new Document("_id", position), document);
    }
}
