package org.casebook.console.audit;

import java.util.List;
import java.util.Optional;

import org.casebook.query.history.AsOf;
import org.casebook.query.timeline.TimelineEntry;

/**
 * The entries of a case (its timeline, as the reader may read it), by their numbers (1 is the opening), as the
 * steps of a time slider: each entry is a moment on either clock, the time it was recorded or took effect.
 */
public record CaseMoments(List<TimelineEntry> entries) {

    /** Entry {@code number}, if the case has it. */
    public Optional<TimelineEntry> entry(long number) {
        return number < 1 || number > entries.size() ? Optional.empty()
                : Optional.of(entries.get((int) number - 1));
    }

    public int last() {
        return entries.size();
    }

    /** The moment of entry {@code number} on {@code clock}: when it was recorded, or when it took effect. */
    public Optional<Moment> at(long number, AsOf.Clock clock) {
        return entry(number).map(line -> new Moment(clock, clock == AsOf.Clock.EFFECTIVE ? line.effectiveAt()
                : line.recordedAt(), number));
    }

    /**
     * The moment a slider's form asks for: the time given when it was sent by time ({@code by=time}) or names no
     * entry, the entry's otherwise; the case's last entry when it asks for neither.
     */
    public Moment chosen(String clockName, String by, Long number, String time) {
        AsOf.Clock clock = Moment.clock(clockName);
        Optional<Moment> byTime = Moment.instant(time).map(at -> new Moment(clock, at, null));
        Optional<Moment> byEntry = number == null ? Optional.empty() : at(number, clock);
        Optional<Moment> chosen = "time".equals(by) || byEntry.isEmpty() ? byTime.or(() -> byEntry) : byEntry;
        return chosen.orElseGet(() -> at(last(), clock).orElseThrow());
    }

    /** The entries a moment includes, in order. */
    public List<TimelineEntry> included(Moment moment) {
        AsOf asOf = moment.asOf();
        return entries.stream().filter(line -> asOf.includes(line.recordedAt(), line.effectiveAt(), line.position()))
                      .toList();
    }

    /** The number of the last entry a moment includes (where its slider stands), 1 at least. */
    public long reached(Moment moment) {
        if (moment.entry() != null) {
            return moment.entry();
        }
        List<TimelineEntry> included = included(moment);
        return included.isEmpty() ? 1 : included.get(included.size() - 1).sequence() + 1;
    }
}
