package org.casebook.journal;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;

/** Stored events as Axon reads them: the recorded time of their commit, their global position as token. */
final class EventData {

    private EventData() {
    }

    static DomainEventData<String> domain(Instant recordedAt, StoredEvent event) {
        return new GenericDomainEventEntry<>(event.aggregateType(), event.aggregateId(), event.sequence(),
                                             event.eventId(), recordedAt, event.type(), event.revision(),
                                             event.payload(), event.metadata());
    }

    static TrackedEventData<?> tracked(long position, Instant recordedAt, StoredEvent event) {
        GlobalSequenceTrackingToken token = new GlobalSequenceTrackingToken(position);
        if (event.aggregateId() != null) {
            return new TrackedDomainEventData<>(token, domain(recordedAt, event));
        }
        return new UnattachedEventData(token, recordedAt, event);
    }
}
