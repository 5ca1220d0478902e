package org.casebook.console.casework;

import java.util.Optional;
import java.util.function.LongFunction;

import org.casebook.query.casefile.CaseFile;
import org.casebook.query.timeline.TimelineEntry;

/**
 * The case a form works on, as the person may read it: its file, and any of its entries by the number the timeline
 * shows (1 is the opening).
 */
public record CaseAtHand(CaseFile file, LongFunction<Optional<TimelineEntry>> entries) {

    public Optional<TimelineEntry> entry(String number) {
        if (number == null || !number.matches("[1-9][0-9]{0,9}")) {
            return Optional.empty();
        }
        return entries.apply(Long.parseLong(number));
    }
}
