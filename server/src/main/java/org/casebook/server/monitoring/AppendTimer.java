package org.casebook.server.monitoring;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.casebook.journal.AppendObserver;
import org.springframework.stereotype.Component;

/**
 * Times each append to the journal, from the commit's first write to its durability (the store's write concern or
 * the embedded store's group commit), stored or failed (casebook_journal_append_seconds).
 */
@Component
public class AppendTimer implements AppendObserver {

    public static final String TIMER = "casebook.journal.append";

    private final Timer stored;
    private final Timer failed;

    public AppendTimer(MeterRegistry meters) {
        this.stored = timer(meters, "stored");
        this.failed = timer(meters, "failed");
    }

    @Override
    public void appended(long nanos, boolean durable) {
        (durable ? stored : failed).record(nanos, TimeUnit.NANOSECONDS);
    }

    private static Timer timer(MeterRegistry meters, String outcome) {
        return Timer.builder(TIMER).description("Appending a commit to the journal until it is durable")
                    .tag("outcome", outcome).publishPercentileHistogram().register(meters);
    }
}
