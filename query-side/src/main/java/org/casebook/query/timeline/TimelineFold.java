package org.casebook.query.timeline;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebook.journal.json.JournalJson;
import org.casebook.kernel.crisis.EntryCorrected;
import org.casebook.query.RecordedEntry;
import org.casebook.query.Summaries;

/**
 * A case's timeline as a fold over its entries: each entry becomes a line, and a correction also links the line
 * it corrects. Pure: no storage, no clock; inputs are never changed.
 */
public final class TimelineFold {

    private static final ObjectMapper JSON = JournalJson.newMapper();

    private TimelineFold() {
    }

    /** The timeline (lines in sequence order) after {@code entry}. */
    public static List<TimelineEntry> apply(List<TimelineEntry> timeline, RecordedEntry entry) {
        List<TimelineEntry> next = new ArrayList<>(timeline);
        if (entry.event() instanceof EntryCorrected correction) {
            int target = (int) correction.correctedSequence();
            next.set(target, linkCorrection(next.get(target), entry));
        }
        next.add(line(entry));
        return List.copyOf(next);
    }

    /** The line for one entry. */
    public static TimelineEntry line(RecordedEntry entry) {
        String corrects = entry.event() instanceof EntryCorrected correction
                ? correction.correctedEventId().value() : null;
        return new TimelineEntry(entry.caseId(), entry.sequence(), entry.position(), entry.eventId(), entry.type(),
                                 entry.effectiveAt(), entry.recordedAt(), entry.user(), entry.role(),
                                 Summaries.of(entry.event()), JSON.valueToTree(entry.event()), corrects, List.of());
    }

    /** The corrected line, linked to the correction {@code entry}; linking twice changes nothing. */
    public static TimelineEntry linkCorrection(TimelineEntry corrected, RecordedEntry entry) {
        if (corrected.correctedBy().contains(entry.eventId())) {
            return corrected;
        }
        List<String> correctedBy = new ArrayList<>(corrected.correctedBy());
        correctedBy.add(entry.eventId());
        return new TimelineEntry(corrected.caseId(), corrected.sequence(), corrected.position(), corrected.eventId(),
                                 corrected.type(), corrected.effectiveAt(), corrected.recordedAt(), corrected.user(),
                                 corrected.role(), corrected.summary(), corrected.payload(), corrected.corrects(),
                                 List.copyOf(correctedBy));
    }
}
