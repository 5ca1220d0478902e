package org.casebook.query;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.casebook.kernel.EventType;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.CrisisEvent;

/**
 * One entry of a case's record with everything views need about it: where it stands in the journal and in its
 * case, who recorded it in which role, and both clocks. Views are folds over these, so that the same code builds
 * a stored view and, later, a view as of any instant in memory.
 */
public record RecordedEntry(
        long position,
        String eventId,
        String caseId,
        long sequence,
        String type,
        Instant recordedAt,
        Instant effectiveAt,
        String user,
        String role,
        CrisisEvent event) {

    /** When an entry took effect: as recorded in its metadata, or else when it was recorded. */
    public static Instant effectiveAt(EventMessage<?> message) {
        Object effective = message.getMetaData().get(RecordMetadata.EFFECTIVE_AT);
        return effective == null ? message.getTimestamp() : Instant.parse(effective.toString());
    }

    /** Reads an entry off a tracked crisis event; the effective time defaults to the recorded time. */
    public static RecordedEntry of(DomainEventMessage<?> message, TrackingToken token) {
        CrisisEvent event = (CrisisEvent) message.getPayload();
        return new RecordedEntry(
                token.position().orElseThrow(() -> new IllegalArgumentException("token without position: " + token)),
                message.getIdentifier(),
                message.getAggregateIdentifier(),
                message.getSequenceNumber(),
                event.getClass().getAnnotation(EventType.class).name(),
                message.getTimestamp(),
                effectiveAt(message),
                (String) message.getMetaData().get(RecordMetadata.USER),
                (String) message.getMetaData().get(RecordMetadata.ROLE),
                event);
    }
}
