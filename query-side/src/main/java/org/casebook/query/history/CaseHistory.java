package org.casebook.query.history;

import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.query.RecordedEntry;
import org.springframework.stereotype.Component;

/** The recorded entries of a case, read from the journal, in the order they were recorded. */
@Component
public class CaseHistory {

    private final JournalStorageEngine journal;

    public CaseHistory(JournalStorageEngine journal) {
        this.journal = journal;
    }

    public List<RecordedEntry> entries(String caseId) {
        return journal.readTrackedEvents(caseId)
                      .filter(message -> message.getPayload() instanceof CrisisEvent)
                      .map(CaseHistory::entry)
                      .toList();
    }

    static RecordedEntry entry(TrackedEventMessage<?> message) {
        return RecordedEntry.of((DomainEventMessage<?>) message, message.trackingToken());
    }
}
