package org.casebook.console.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.casebook.kernel.responder.Skill;
import org.casebook.query.casefile.CaseFile;
import org.casebook.query.directory.Directory;
import org.casebook.query.roster.ResponderOnRoster;
import org.casebook.query.timeline.TimelineEntry;

/**
 * The case a form works on, as the person may read it: its file, any of its entries by the number the timeline
 * shows (1 is the opening), the roster to staff it from, and the directory of bodies and people (read when asked).
 */
public record CaseAtHand(CaseFile file, LongFunction<Optional<TimelineEntry>> entries, Roster roster,
                         Supplier<Directory> directory) {

    public Optional<TimelineEntry> entry(String number) {
        if (number == null || !number.matches("[1-9][0-9]{0,9}")) {
            return Optional.empty();
        }
        return entries.apply(Long.parseLong(number));
    }

    /** The responders a case may be staffed with, by name, as the person may read the roster. */
    @FunctionalInterface
    public interface Roster {

        /** Those with {@code skill} (any, if null) free on every day from {@code from} to {@code until} (if given). */
        List<ResponderOnRoster> availableOver(Skill skill, LocalDate from, LocalDate until);
    }
}
