package org.casebook.journal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.bson.Document;
import org.casebook.journal.json.EventTypes;
import org.casebook.journal.json.JournalSerializer;
import org.casebook.journal.store.Store;
import org.casebook.journal.testing.TestEvents;

/**
 * Run in a child JVM by {@link AcknowledgedAppendsSurviveKillTest}: appends from four threads to the embedded
 * store in the given folder and prints {@code ACK <position>} after each append returns, until it is killed. With
 * a second argument {@code note}, it only writes one document outside the journal, prints {@code NOTED} and waits:
 * the store's committer must make that durable on its own.
 */
public final class DurabilityProbe {

    static final String NOTES = "probe_notes";

    public static void main(String[] args) {
        Store store = Store.embedded(Path.of(args[0]), 0, "casebook");
        if (args.length > 1 && args[1].equals("note")) {
            store.database().getCollection(NOTES).insertOne(new Document("_id", "note"));
            System.out.println("NOTED");
            System.out.flush();
            return;
        }
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
