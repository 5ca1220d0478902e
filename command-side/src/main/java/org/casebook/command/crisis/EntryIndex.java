package org.casebook.command.crisis;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.casebook.kernel.EventType;

/** The entries of a case by event id, so that a correction can be checked and placed beside its original. */
final class EntryIndex {

    record Entry(long sequence, String type) {
    }

    private final Map<String, Entry> byEventId = new HashMap<>();

    void remember(DomainEventMessage<?> message) {
        EventType type = message.getPayloadType().getAnnotation(EventType.class);
        byEventId.put(message.getIdentifier(), new Entry(message.getSequenceNumber(), type.name()));
    }

    Optional<Entry> find(String eventId) {
        return Optional.ofNullable(byEventId.get(eventId));
    }
}
