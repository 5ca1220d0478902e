package org.casebook.query;

import java.time.Duration;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes: waits until a view has processed the journal up to a position that a command returned, for
 * at most {@code casebook.queries.catch-up-timeout}, then gives up with {@link ViewNotCaughtUp}.
 */
@Component
public class ViewProgress {

    private static final long POLL_MILLIS = 5;

    private final EventProcessingConfiguration processing;
    private final Duration timeout;

    public ViewProgress(EventProcessingConfiguration processing,
                        @Value("${casebook.queries.catch-up-timeout:PT5S}") Duration timeout) {
        this.processing = processing;
        this.timeout = timeout;
    }

    /** Returns once {@code view} has processed position {@code after}; does nothing when {@code after} is null. */
    public void awaitPosition(String view, Long after) {
        if (after == null) {
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (position(view) < after) {
            if (System.nanoTime() > deadline) {
                throw new ViewNotCaughtUp(view, after, position(view), timeout);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ViewNotCaughtUp(view, after, position(view), timeout);
            }
        }
    }

    /** The journal position up to which {@code view} has processed every event (0 before the first). */
    public long position(String view) {
        StreamingEventProcessor processor = processing.eventProcessor(view, StreamingEventProcessor.class)
                                                      .orElseThrow(() -> new IllegalArgumentException("no view " + view));
        return processor.processingStatus().values().stream()
                        .map(EventTrackerStatus::getCurrentPosition)
                        .mapToLong(position -> position.orElse(0))
                        .min()
                        .orElse(0);
    }
}
