package org.casebook.query.needtoknow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.query.casefile.CaseFile;
import org.casebook.query.timeline.TimelineEntry;

/**
 * What of one case an uncleared reader may not read: everything, if the case is SBU; otherwise its SBU decisions
 * and the corrections of them (a correction says what the decision said). Entries later than the case file it was
 * learnt from ({@code knownVersion}) are withheld too, until a case file shows what they are: a view that is
 * behind must not let an SBU entry through.
 */
public record Withheld(boolean wholeCase, Set<String> entries, long knownVersion) {

    /** Nothing withheld: for a reader cleared for SBU. */
    public static final Withheld NOTHING = new Withheld(false, Set.of(), Long.MAX_VALUE);

    public Withheld {
        entries = Set.copyOf(entries);
    }

    /** What an uncleared reader may not read of the case whose current file is {@code file}. */
    public static Withheld from(CaseFile file) {
        if (file.sensitivity() == Sensitivity.SBU) {
            return new Withheld(true, Set.of(), file.version());
        }
        Set<String> entries = new HashSet<>();
        file.decisions().stream().filter(decision -> decision.sensitivity() == Sensitivity.SBU)
            .forEach(decision -> entries.add(decision.entry().eventId()));
        file.corrections().stream().filter(correction -> entries.contains(correction.correctsEventId()))
            .forEach(correction -> entries.add(correction.entry().eventId()));
        return new Withheld(false, entries, file.version());
    }

    public boolean isNothing() {
        return !wholeCase && entries.isEmpty() && knownVersion == Long.MAX_VALUE;
    }

    /** Whether the entry with this event id, at this sequence of its case (from 0), is withheld. */
    public boolean covers(String eventId, long sequence) {
        return wholeCase || entries.contains(eventId) || sequence >= knownVersion;
    }

    /**
     * Whether the case has anything withheld from this reader: then so are the digests of its handover briefs,
     * since a brief holds its case's SBU decisions, and the digest of the whole would confirm a guess at them.
     */
    public boolean holdsSbu() {
        return wholeCase || !entries.isEmpty();
    }

    /** {@code value} with the digests of handover briefs withheld, when anything of this case is. */
    public <T> T briefDigests(T value) {
        return holdsSbu() ? Withholding.briefDigests(value) : value;
    }

    public CaseFile caseFile(CaseFile file) {
        return briefDigests(withheldTexts(file));
    }

    private CaseFile withheldTexts(CaseFile file) {
        if (file == null || isNothing()) {
            return file;
        }
        if (wholeCase || file.sensitivity() == Sensitivity.SBU) {
            return Withholding.texts(file);
        }
        return new CaseFile(file.id(), file.title(), file.country(), file.region(), file.summary(),
                            file.sensitivity(), file.stage(), file.leadBody(), file.leadCoordinator(),
                            file.leadEffectiveOn(), file.sectorLeads(), file.incomingLeads(), file.opened(), file.outcome(),
                            file.stageHistory(), file.currentAssessment(), file.assessmentCount(),
                            decisions(file.decisions()),
                            each(file.corrections(), c -> entries.contains(c.entry().eventId())
                                    || entries.contains(c.correctsEventId())),
                            file.handovers(), file.version(), file.position(), file.lastActivityAt(), file.risks());
    }

    private List<CaseFile.Decision> decisions(List<CaseFile.Decision> decisions) {
        return each(decisions, d -> d.sensitivity() == Sensitivity.SBU || entries.contains(d.entry().eventId()));
    }

    /** Decisions with the text of those marked SBU withheld. */
    public static List<CaseFile.Decision> markedSbu(List<CaseFile.Decision> decisions) {
        return each(decisions, d -> d.sensitivity() == Sensitivity.SBU);
    }

    public TimelineEntry line(TimelineEntry line) {
        return briefDigests(line != null && covers(line.eventId(), line.sequence()) ? Withholding.texts(line) : line);
    }

    public List<TimelineEntry> lines(List<TimelineEntry> lines) {
        return lines.stream().map(this::line).toList();
    }

    private static <T> List<T> each(List<T> items, Predicate<T> withheld) {
        return items.stream().map(item -> withheld.test(item) ? Withholding.texts(item) : item).toList();
    }
}
