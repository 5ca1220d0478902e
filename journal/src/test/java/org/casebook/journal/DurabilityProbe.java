package org.casebook.journal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.store.Store;
import org.casebook.journal.testing.TestEvents;

/**
 * Run in a child JVM by {@link AcknowledgedAppendsSurviveKillTest}: appends from four threads to the embedded
 * store in the given folder and prints {@code ACK <position>} after each append returns, until it is killed.
 */
public final class DurabilityProbe {

    public static void main(String[] args) {
        Store store = Store.embedded(Path.of(args[0]), 0, "casebook");
        JournalStorageEngine journal =
                store.journal().serializer(JournalSerializer.create(EventTypes.published())).build();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int writer = 0; writer < 4; writer++) {
            String crisis = "probe-" + writer;
            writers.submit(() -> {
                try {
                    for (long sequence = 0; ; sequence++) {
                        long appendedAt = sequence;
                        long position = journal.appendCapture().capturingAppends(() -> {
                            journal.appendEvents(List.of(TestEvents.event(crisis, appendedAt)));
                            return null;
                        }).commits().get(0).lastPosition();
                        synchronized (System.out) {
                            System.out.println("ACK " + position);
                            System.out.flush();
                        }
                    }
                } catch (Throwable failure) {
                    // A writer that fails must end the probe: its test reads acknowledgements until the output ends.
                    failure.printStackTrace();
                    System.exit(2);
                }
            });
        }
    }
}
