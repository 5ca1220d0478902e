package org.casebook.query.deadletters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.casebook.kernel.Clearance;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.query.catalog.ViewCatalog;
import org.casebook.query.needtoknow.NeedToKnow;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The events a view could not process, parked with the later events of the same case while the view went on with
 * the others, for an admin to see (what failed and why, not the case's content) and to retry once the cause is
 * fixed. A failure's message can quote what failed to be read, so a reader not cleared for SBU sees it only for an
 * entry known not to be SBU (of an unclassified case that can be read); otherwise {@link Clearance#WITHHELD}.
 */
@Component
public record DeadLetters(EventProcessingConfiguration processing, NeedToKnow needToKnow) {

    private static final int MAX_RETRIES_PER_CALL = 1_000;

    /** One parked event: which, where, and why it failed. */
    public record Letter(String eventId, String type, Long position, String caseId, String cause, String message,
                         Instant enqueuedAt, Instant lastTouched) {
    }

    /** A case's parked events in a view, the first of which failed. */
    public record Sequence(String view, List<Letter> letters) {
    }

    public record Retried(String view, int sequencesProcessed, long stillParked) {
    }

    /** Every view's parked sequences, in the order of the views, as {@code caller} may read them. */
    public List<Sequence> sequences(Authentication caller) {
        List<Sequence> sequences = new ArrayList<>();
        for (String view : ViewCatalog.NAMES) {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(view).deadLetters()) {
                List<Letter> letters = new ArrayList<>();
                sequence.forEach(letter -> letters.add(shown(caller, letter(letter), letter.message())));
                sequences.add(new Sequence(view, letters));
            }
        }
        return sequences;
    }

    /** How many events {@code view} holds parked. */
    public long parked(String view) {
        return queue(ViewCatalog.known(view)).size();
    }

    /** Hands {@code view}'s parked sequences to it again, up to a thousand at a call. */
    public Retried retry(String view) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor =
                processing.sequencedDeadLetterProcessor(ViewCatalog.known(view)).orElseThrow();
        int processed = 0;
        while (processed < MAX_RETRIES_PER_CALL && processor.processAny()) {
            processed++;
        }
        return new Retried(view, processed, queue(view).size());
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String view) {
        return processing.deadLetterQueue(view).orElseThrow(
                () -> new IllegalStateException("the " + view + " view has no dead-letter queue"));
    }

    private Letter shown(Authentication caller, Letter letter, EventMessage<?> message) {
        if (letter.message() == null || NeedToKnow.cleared(caller)) {
            return letter;
        }
        boolean knownUnclassified;
        try {
            knownUnclassified = message instanceof DomainEventMessage<?> entry && letter.caseId() != null
                    && CaseId.isValid(letter.caseId())
                    && !needToKnow.ofCase(caller, letter.caseId()).covers(entry.getIdentifier(),
                                                                          entry.getSequenceNumber());
        } catch (RuntimeException unreadable) {
            knownUnclassified = false; // the case file itself may be what fails to be read
        }
        return knownUnclassified ? letter
                : new Letter(letter.eventId(), letter.type(), letter.position(), letter.caseId(), letter.cause(),
                             Clearance.WITHHELD, letter.enqueuedAt(), letter.lastTouched());
    }

    private static Letter letter(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        Long position = message instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        String caseId = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Cause cause = letter.cause().orElse(null);
        return new Letter(message.getIdentifier(), message.getPayloadType().getSimpleName(), position, caseId,
                          cause == null ? null : cause.type(), cause == null ? null : cause.message(),
                          letter.enqueuedAt(), letter.lastTouched());
    }
}
