package org.casebook.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What one durable append put in the journal, as reported to the code that caused it. */
public record AppendedCommit(long firstPosition, long lastPosition, String hash, List<Event> events) {

    public record Event(long position, String eventId, String type, String aggregateId, Long sequence) {
    }

    static AppendedCommit of(Commit commit) {
        List<Event> events = new ArrayList<>();
        long position = commit.position();
        for (StoredEvent event : commit.events()) {
            events.add(new Event(position++, event.eventId(), event.type(), event.aggregateId(), event.sequence()));
        }
        return new AppendedCommit(commit.position(), commit.lastPosition(), commit.hash(), List.copyOf(events));
    }

    /** The highest sequence number this commit gave the aggregate, if it touched it. */
    public Optional<Long> lastSequenceOf(String aggregateId) {
        return events.stream()
                     .filter(event -> aggregateId.equals(event.aggregateId()))
                     .map(Event::sequence)
                     .reduce((first, second) -> second);
    }
}
