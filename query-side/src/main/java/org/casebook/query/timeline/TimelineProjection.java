package org.casebook.query.timeline;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.casebook.kernel.crisis.CrisisEvent;
import org.casebook.kernel.crisis.EntryCorrected;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.query.RecordedEntry;
import org.casebook.query.ViewCollections;
import org.casebook.query.ViewDefinition;
import org.casebook.query.ViewStore;
import org.casebook.query.Views;

/**
 * Keeps one document per timeline line, keyed {@code caseId#sequence}: sequences are dense, so a page of a
 * timeline is a list of exact keys.
 */
public class TimelineProjection {

    /** One line per entry of a case. */
    public static final String LINES = "view_timeline";
    public static final ViewDefinition<TimelineProjection> VIEW = ViewDefinition.of(
            Views.TIMELINE, TimelineProjection.class, in -> new TimelineProjection(in.collections()), LINES);

    private final ViewStore<TimelineEntry> lines;

    TimelineProjection(ViewCollections collections) {
        this.lines = VIEW.store(collections, LINES, TimelineEntry.class);
    }

    @EventHandler
    void on(CrisisEvent event, DomainEventMessage<?> message, TrackingToken token) {
        RecordedEntry entry = RecordedEntry.of(message, token);
        // Seen again after a restart, an entry writes the same line, and a correction links its line once. Both
        // are handled again in journal order, so a line rewritten here is linked again by its later corrections.
        if (event instanceof EntryCorrected correction) {
            String target = key(entry.caseId(), correction.correctedSequence());
            lines.find(target).ifPresent(line -> lines.save(target, TimelineFold.linkCorrection(line, entry)));
        }
        lines.save(key(entry.caseId(), entry.sequence()), TimelineFold.line(entry));
    }

    /**
     * The entries of one case in order, from its sequence number {@code from} (0 is the opening), at most
     * {@code limit}; empty for a case the view does not hold.
     */
    public Optional<TimelinePage> page(CaseId crisisId, long from, int limit) {
        String caseId = crisisId.value();
        if (lines.find(key(caseId, 0)).isEmpty()) {
            return Optional.empty();
        }
        List<String> keys = LongStream.range(from, from + limit + 1)
                                      .mapToObj(sequence -> key(caseId, sequence))
                                      .toList();
        List<TimelineEntry> found = lines.findAll(keys).stream()
                                         .sorted(Comparator.comparingLong(TimelineEntry::sequence))
                                         .toList();
        boolean more = found.size() > limit;
        List<TimelineEntry> page = more ? found.subList(0, limit) : found;
        return Optional.of(new TimelinePage(caseId, from, limit, page,
                                            more ? from + limit : null));
    }

    private static String key(String caseId, long sequence) {
        return caseId + "#" + sequence;
    }
}
