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
import org.casebook.query.Views;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The events a view could not process, parked with the later events of the same case while the view went on with
 * the others, for an admin to see (what failed and why, not the case's content) and to retry once the cause is
 * fixed.
 */
@RestController
@RequestMapping(path = "/api/admin/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
public class DeadLettersEndpoint {

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

    private final EventProcessingConfiguration processing;

    public DeadLettersEndpoint(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @GetMapping
    public List<Sequence> deadLetters() {
        List<Sequence> sequences = new ArrayList<>();
        for (String view : Views.ALL) {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(view).deadLetters()) {
                List<Letter> letters = new ArrayList<>();
                sequence.forEach(letter -> letters.add(letter(letter)));
                sequences.add(new Sequence(view, letters));
            }
        }
        return sequences;
    }

    @PostMapping("/{view}/retry")
    public Retried retry(@PathVariable String view) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(Views.known(view))
                                                                            .orElseThrow();
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
