package org.casebook.query.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.casebook.journal.testing.TestStore;
import org.casebook.query.ViewStore;
import org.casebook.query.ViewWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A page of the handovers list and its total are read from one state of the view, while its processor writes. */
class HandoverPageTest {

    private static final int HANDOVERS = 40;

    private final TestStore store = TestStore.fresh();
    private final HandoverProjection projection = new HandoverProjection(store.database()::getCollection);
    private final ViewStore<HandoverRecord> view = HandoverProjection.VIEW.store(
            store.database()::getCollection, HandoverProjection.HANDOVERS, HandoverRecord.class);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_page_and_its_total_agree_while_a_batch_of_the_view_is_written() throws Exception {
        writeBatch(HandoverRecord.Status.PENDING, 1);
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread processor = new Thread(() -> {
            for (int batch = 2; reading.get(); batch++) {
                writeBatch(batch % 2 == 0 ? HandoverRecord.Status.ACCEPTED : HandoverRecord.Status.PENDING, batch);
            }
        });
        processor.start();
        List<String> disagreements = new ArrayList<>();
        try {
            for (int read = 0; read < 300 && disagreements.size() < 3; read++) {
                HandoverPage page = projection.page(HandoverRecord.Status.PENDING, 0, 200);
                boolean allPending = page.items().stream()
                                         .allMatch(item -> item.status() == HandoverRecord.Status.PENDING);
                if (page.items().size() != page.total() || !allPending) {
                    disagreements.add(page.items().size() + " items, total " + page.total());
                }
            }
        } finally {
            reading.set(false);
            processor.join();
        }

        assertThat(disagreements).isEmpty();
    }

    /** One batch of the live processor: every handover moved to {@code status}, sent as one bulk write. */
    private void writeBatch(HandoverRecord.Status status, long position) {
        try (ViewWrites batch = ViewWrites.open(Set.of())) {
            for (int n = 1; n <= HANDOVERS; n++) {
                String caseId = "case-" + n;
                view.save(HandoverRecord.idOf(caseId, "H-1"), new HandoverRecord(
                        HandoverRecord.idOf(caseId, "H-1"), caseId, "H-1", "CRSG", "Embassy", null, List.of(),
                        List.of(), List.of(), LocalDate.parse("2027-03-01"), "coordinator",
                        Instant.parse("2026-11-01T00:00:00Z"), n, status, null, null, null, null, null, null, null, null,
                        position));
            }
            batch.flush();
        }
    }
}
