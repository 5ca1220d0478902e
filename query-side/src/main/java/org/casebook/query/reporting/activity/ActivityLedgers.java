package org.casebook.query.reporting.activity;

import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.casebook.journal.JournalStorageEngine;
import org.casebook.kernel.reporting.ReportEdition;
import org.casebook.query.RecordedEntry;
import org.casebook.query.reporting.ReportLayout;
import org.casebook.query.reporting.ReportPoint;
import org.casebook.query.reporting.ReportPoints;
import org.casebook.query.reporting.ReportSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Activity ledgers at any journal point, without folding the whole journal each time. One ledger lives in memory
 * and is moved forward to the head (when a report asks, and on a timer); every {@code checkpoint-every} positions
 * a folding ledger is stored as a checkpoint. A ledger for an earlier point, or the first after a start, is read
 * from the latest checkpoint at or before it and folded forward from there.
 */
@Component
public class ActivityLedgers implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityLedgers.class);

    private final JournalStorageEngine journal;
    private final ReportPoints points;
    private final LedgerCheckpoints checkpoints;
    private final long every;
    private final Duration refreshEvery;
    private ActivityLedger live;

    public ActivityLedgers(JournalStorageEngine journal, ReportPoints points, MongoDatabase database,
                           ReportSettings settings) {
        this.journal = journal;
        this.points = points;
        this.checkpoints = new LedgerCheckpoints(database);
        this.every = settings.checkpointEvery();
        this.refreshEvery = settings.ledgerRefresh();
    }

    /** Brings the live ledger near the head every {@code casebook.reports.ledger-refresh}. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::refresh, refreshEvery, refreshEvery));
    }

    /**
     * The activity report of a period, as the record stood at {@code asOf} (null: the head). The point is taken
     * with the live ledger held still, so a report at the head always finds the live ledger at or before it.
     */
    public ActivityReport report(Long asOf, FiscalPeriod period, ReportEdition edition, ReportLayout layout) {
        ReportPoint point;
        synchronized (this) {
            point = points.point(asOf);
            if (live == null || live.at().position() <= point.position()) {
                return new ActivityTally(advanced(point), period, edition, layout).result();
            }
        }
        return new ActivityTally(earlier(point), period, edition, layout).result();
    }

    /** What {@code read} takes from the ledger as the record stood at {@code point}, as a report does. */
    public <T> T read(ReportPoint point, Function<ActivityLedger, T> read) {
        synchronized (this) {
            if (live == null || live.at().position() <= point.position()) {
                return read.apply(advanced(point));
            }
        }
        return read.apply(earlier(point));
    }

    /** Keeps the live ledger near the head, so that a report at the head folds only what came since. */
    public synchronized void refresh() {
        advanced(points.point(null));
    }

    /** The live ledger (read from the latest checkpoint the first time), folded forward to the point. */
    private ActivityLedger advanced(ReportPoint point) {
        ActivityLedger ledger = live != null ? live : latest(point);
        live = null; // until the fold is done: a fold that fails may leave part of itself in the ledger
        foldedTo(ledger, point);
        live = ledger;
        return ledger;
    }

    /** A ledger of its own for a point before the live one; folded without holding up reports at the head. */
    private ActivityLedger earlier(ReportPoint point) {
        ActivityLedger ledger = latest(point);
        foldedTo(ledger, point);
        return ledger;
    }

    private ActivityLedger latest(ReportPoint point) {
        return checkpoints.latest(point.position(), this::stillHeld).orElseGet(ActivityLedger::new);
    }

    private boolean stillHeld(ReportPoint point) {
        return point.position() <= journal.head().position() && points.below(point.position()).equals(point);
    }

    /** Folds the ledger forward to {@code point}, storing a checkpoint at each mark it reaches on the way. */
    private void foldedTo(ActivityLedger ledger, ReportPoint point) {
        while (ledger.at().position() < point.position()) {
            ReportPoint mark = nextMark(ledger.at().position(), point);
            fold(ledger, mark == null ? point : mark);
            if (mark != null) {
                store(ledger);
            }
        }
        ledger.reached(point);
    }

    /** A checkpoint only saves work later: a report does not fail for want of one. */
    private void store(ActivityLedger ledger) {
        try {
            if (!checkpoints.has(ledger.at())) {
                checkpoints.write(ledger);
            }
        } catch (RuntimeException e) {
            LOG.warn("the report checkpoint at {} was not stored: {}", ledger.at().position(), e.toString());
        }
    }

    /** The first multiple of {@code every}, taken back to a commit's end, after {@code after} and up to the point. */
    private ReportPoint nextMark(long after, ReportPoint point) {
        for (long boundary = (after / every + 1) * every; boundary <= point.position(); boundary += every) {
            ReportPoint mark = points.below(boundary);
            if (mark.position() > after) {
                return mark;
            }
        }
        return null;
    }

    private void fold(ActivityLedger ledger, ReportPoint to) {
        long from = ledger.at().position();
        try (Stream<TrackedEventMessage<?>> events = journal.readRange(from, to.position())) {
            events.forEach(event -> ledger.apply(event.getPayload(), event.getIdentifier(),
                                                 RecordedEntry.effectiveAt(event),
                                                 event.trackingToken().position().orElseThrow()));
        }
        ledger.reached(to);
    }
}
